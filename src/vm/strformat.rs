//! `str.format`: replacement fields `{}`, `{0}`, `{name}`, `{0.attr}`,
//! `{0[key]}`, conversions `!r !s !a`, and format specs with nested fields.

use super::Vm;
use crate::runtime::object::PyStr;
use crate::runtime::types::{ExcKind, PyErr, PyResult, index_error, key_error, value_error};
use crate::runtime::{PyRef, Value, repr};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    render(vm, fmt, args, kw, &mut auto, &mut manual, 0)
}

fn render(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: Kw,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut chars = fmt.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => {
                if chars.peek().is_some_and(|&(_, n)| n == '{') {
                    chars.next();
                    out.push('{');
                    continue;
                }
                if chars.peek().is_none() {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                // Find the matching close brace, allowing nested {} in the spec.
                let mut level = 1;
                let mut end = None;
                for (j, d) in chars.by_ref() {
                    match d {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else {
                    let rest = &fmt[i + 1..];
                    let name_end = rest.find([':', '!']);
                    return Err(value_error(match name_end {
                        Some(p) if rest[p..] == *"!" => {
                            "end of string while looking for conversion specifier"
                        }
                        Some(_) => "unmatched '{' in format spec",
                        None => "expected '}' before end of string",
                    }));
                };
                let field = &fmt[i + 1..end];
                out.push_str(&field_value(vm, field, args, kw, auto, manual, depth)?);
            }
            '}' => {
                if chars.peek().is_some_and(|&(_, n)| n == '}') {
                    chars.next();
                    out.push('}');
                } else {
                    return Err(value_error("Single '}' encountered in format string"));
                }
            }
            other => out.push(other),
        }
    }
    Ok(out)
}

fn field_value(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: Kw,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    // Split off the spec (after the first ':' outside brackets) and conversion.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        conv = it.next();
        rest = it.as_str();
        if !rest.is_empty() && !rest.starts_with(':') {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    let spec_src = rest.strip_prefix(':').unwrap_or("");
    // The first part of the name: index, keyword, or empty (automatic).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let i = *auto;
        *auto += 1;
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else {
        kw.iter()
            .find(|(k, _)| k.as_str() == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| key_error(Value::str(first)))?
    };
    // Fields nested in the spec number after this one.
    let spec = if spec_src.contains('{') {
        render(vm, spec_src, args, kw, auto, manual, depth + 1)?
    } else {
        spec_src.to_string()
    };
    // Attribute and index accessors.
    let mut path = &name[first_end..];
    while !path.is_empty() {
        if let Some(r) = path.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.getattr(&value, &r[..end])?;
            path = &r[end..];
        } else if let Some(r) = path.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            path = &r[end + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let value = match conv {
        None => value,
        Some('s') => Value::string(vm.str_of(&value)?),
        Some('r') => Value::string(vm.repr_of(&value)?),
        Some('a') => Value::string(repr::ascii(&value)?),
        Some(c) => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("Unknown conversion specifier {c}"),
            ));
        }
    };
    vm.format_value(&value, &spec)
}
