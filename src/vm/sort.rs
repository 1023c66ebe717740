//! A stable merge sort with a fallible comparison, for `list.sort` and
//! `sorted`. Python comparisons can raise (and can be inconsistent, like NaN),
//! so `slice::sort_by` (which may panic on an inconsistent order) is not used.

use crate::runtime::PyResult;

/// Sorts `items` stably by `less`, stopping at the first error.
pub fn merge_sort<T: Clone>(
    items: &mut [T],
    less: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion-sort short runs, then merge runs bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(&items[j], &items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly less: stability.
                    if less(&items[j], &items[i])? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(i32, usize)> = (0..200).map(|i| ((i * 7919 % 13) as i32, i)).collect();
        merge_sort(&mut v, &mut |a, b| Ok(a.0 < b.0)).ok();
        for w in v.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
    }
}
