fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match pyjit::compiler::compile_module(&src, &path) {
        Ok(c) => {
            if let Err(e) = pyjit::bytecode::verify::verify(&c) { println!("VERIFY: {e}"); }
            print!("{}", pyjit::bytecode::dis::disassemble(&c))
        }
        Err(e) => println!("{e:?}"),
    }
}
