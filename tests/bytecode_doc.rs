//! docs/bytecode.md is generated from the opcode table; this test fails when
//! it is out of date. Regenerate with `BLESS=1 cargo test --test bytecode_doc`.

use std::path::Path;

#[test]
fn bytecode_doc_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/bytecode.md");
    let want = pyjit::bytecode::dis::opcode_table_markdown();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &want).expect("write docs/bytecode.md");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/bytecode.md is stale; run `BLESS=1 cargo test --test bytecode_doc`"
    );
}
