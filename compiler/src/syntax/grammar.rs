// auto-generated: "lalrpop 0.23.2"
// sha3: b5b811df0f54fa9bdb5f0831e1b2143c5cfdda3d4a165e5ef82e5da6912669d6
// features: 
use std::borrow::Cow;
use lalrpop_util::ErrorRecovery;
use crate::syntax::ast::*;
use crate::syntax::lexer::Token;
use crate::diagnostics::Span;
#[allow(unused_extern_crates)]
extern crate lalrpop_util as __lalrpop_util;
#[allow(unused_imports)]
use self::__lalrpop_util::state_machine as __state_machine;
#[allow(unused_extern_crates)]
extern crate alloc;

#[rustfmt::skip]
#[allow(explicit_outlives_requirements, non_snake_case, non_camel_case_types, unused_mut, unused_variables, unused_imports, unused_parens, clippy::needless_lifetimes, clippy::type_complexity, clippy::needless_return, clippy::too_many_arguments, clippy::match_single_binding, clippy::clone_on_copy, clippy::unit_arg)]
mod __parse__Expr {

    use std::borrow::Cow;
    use lalrpop_util::ErrorRecovery;
    use crate::syntax::ast::*;
    use crate::syntax::lexer::Token;
    use crate::diagnostics::Span;
    #[allow(unused_extern_crates)]
    extern crate lalrpop_util as __lalrpop_util;
    #[allow(unused_imports)]
    use self::__lalrpop_util::state_machine as __state_machine;
    #[allow(unused_extern_crates)]
    extern crate alloc;
    use super::__ToTriple;
    #[allow(dead_code)]
    pub(crate) enum __Symbol<'s>
     {
        Variant0(Token<'s>),
        Variant1(&'s str),
        Variant2(Cow<'s, str>),
        Variant3(__lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>),
        Variant4(Option<Token<'s>>),
        Variant5(Expr),
        Variant6(Option<Expr>),
        Variant7(Arg),
        Variant8(alloc::vec::Vec<Arg>),
        Variant9(Field),
        Variant10(alloc::vec::Vec<Field>),
        Variant11(Param),
        Variant12(alloc::vec::Vec<Param>),
        Variant13((Ident, Ident)),
        Variant14(alloc::vec::Vec<(Ident, Ident)>),
        Variant15(usize),
        Variant16(BinaryOp),
        Variant17(Option<Arg>),
        Variant18(Binding),
        Variant19(alloc::vec::Vec<Binding>),
        Variant20(Vec<Arg>),
        Variant21(Vec<Field>),
        Variant22(Vec<Param>),
        Variant23(Vec<(Ident, Ident)>),
        Variant24(Option<Field>),
        Variant25(Ident),
        Variant26(Literal),
        Variant27(Option<Param>),
        Variant28(Signature),
        Variant29(TypeExpr),
        Variant30(Option<(Ident, Ident)>),
        Variant31(Option<Vec<(Ident, Ident)>>),
    }
    const __ACTION: &[i16] = &[
        // State 0
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 1
        12, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 2
        -30, -30, -30, -30, -30, 0, 0, 0, 0, 0, 0, 0, 0, 56, 57, 0, 0, 0, -30, -30, 0, -30, 0, -30, 0, -30, -30, -30, 0, -30, -30, -30, -30, 0, 0, 0, 0,
        // State 3
        -33, -33, 58, -33, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, -33, 0, -33, 0, -33, 0, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 4
        -58, -58, -58, -58, -58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -58, -58, 0, -58, 0, -58, 0, -58, 0, 0, 0, 0, 0, 60, 59, 0, 0, 0, 0,
        // State 5
        -73, -73, -73, -73, -73, 0, 0, 0, 0, 0, 0, 0, 0, -73, -73, 61, 62, 0, -73, -73, 0, -73, 0, -73, 0, -73, -73, -73, 0, -73, -73, -73, -73, 0, 0, 0, 0,
        // State 6
        -76, -76, 0, 63, -76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -76, -76, 0, -76, 0, -76, 0, -76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 7
        -101, -101, -101, -101, -101, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -101, -101, 0, -101, 0, -101, 0, -101, 64, 66, 0, 65, 67, -101, -101, 0, 0, 0, 0,
        // State 8
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 9
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 10
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 11
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 12
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 13
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 14
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, -43, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 15
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 16
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 17
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 18
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 19
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 20
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 21
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 22
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 23
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 24
        0, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 25
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 26
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, -45, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 27
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 28
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 29
        12, 0, 0, 0, 0, 0, 47, 50, 48, 49, 51, 52, 53, 0, 11, 0, 0, 0, 0, 0, 0, 0, 13, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 54,
        // State 30
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 31
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 32
        -119, -119, -119, -119, -119, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -119, -119, 0, -119, 0, -119, 0, -119, -119, -119, 0, -119, -119, -119, -119, 0, 0, 0, 0,
        // State 33
        -117, -117, 0, -117, -117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -117, -117, 0, -117, 0, -117, 0, -117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 34
        -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 35
        -111, -111, -111, -111, -111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -111, -111, 0, -111, 0, -111, 0, -111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 36
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 37
        -95, -95, -95, -95, -95, 0, 0, 0, 0, 0, 0, 0, 0, -95, -95, -95, -95, -95, -95, -95, -95, -95, 0, -95, 15, -95, -95, -95, 0, -95, -95, -95, -95, 0, 0, 0, 0,
        // State 38
        -97, -97, -97, -97, -97, 0, 0, 0, 0, 0, 0, 0, 0, -97, -97, -97, -97, -97, -97, -97, -97, -97, 0, -97, 0, -97, -97, -97, 0, -97, -97, -97, -97, 0, 0, 0, 0,
        // State 39
        -109, -109, -109, -109, -109, 0, 0, 0, 0, 0, 0, 0, 0, -109, -109, 0, 0, 0, -109, -109, 0, -109, 0, -109, 0, -109, -109, -109, 0, -109, -109, -109, -109, 0, 0, 0, 0,
        // State 40
        -90, -90, 0, 0, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -90, 16, 0, -90, 0, -90, 0, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 41
        -62, -62, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -62, 0, 0, -62, 0, -62, 0, -62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 42
        -131, -131, -131, -131, -131, 0, 0, 0, 0, 0, 0, 0, 0, -131, -131, -131, -131, 18, -131, -131, 19, -131, 0, -131, 0, -131, -131, -131, 0, -131, -131, -131, -131, 0, 0, 0, 0,
        // State 43
        -94, -94, -94, -94, -94, 0, 0, 0, 0, 0, 0, 0, 0, -94, -94, -94, -94, -94, -94, -94, -94, -94, 0, -94, 0, -94, -94, -94, 0, -94, -94, -94, -94, 0, 0, 0, 0,
        // State 44
        -113, -113, -113, -113, -113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -113, -113, 0, -113, 0, -113, 0, -113, 0, 0, 0, 0, 0, -113, -113, 0, 0, 0, 0,
        // State 45
        -115, -115, -115, -115, -115, 0, 0, 0, 0, 0, 0, 0, 0, -115, -115, -115, -115, 0, -115, -115, 0, -115, 0, -115, 0, -115, -115, -115, 0, -115, -115, -115, -115, 0, 0, 0, 0,
        // State 46
        -96, -96, -96, -96, -96, 0, 0, 0, 0, 0, 0, 0, 0, -96, -96, -96, -96, -96, -96, -96, -96, -96, 0, -96, 0, -96, -96, -96, 0, -96, -96, -96, -96, 0, 0, 0, 0,
        // State 47
        -71, -71, -71, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, -71, -71, -71, -71, -71, -71, -71, -71, -71, 0, -71, 0, -71, -71, -71, 0, -71, -71, -71, -71, 0, 0, 0, 0,
        // State 48
        -72, -72, -72, -72, -72, 0, 0, 0, 0, 0, 0, 0, 0, -72, -72, -72, -72, -72, -72, -72, -72, -72, 0, -72, 0, -72, -72, -72, 0, -72, -72, -72, -72, 0, 0, 0, 0,
        // State 49
        -70, -70, -70, -70, -70, 0, 0, 0, 0, 0, 0, 0, 0, -70, -70, -70, -70, -70, -70, -70, -70, -70, 0, -70, 0, -70, -70, -70, 0, -70, -70, -70, -70, 0, 0, 0, 0,
        // State 50
        -67, -67, -67, -67, -67, 0, 0, 0, 0, 0, 0, 0, 0, -67, -67, -67, -67, -67, -67, -67, -67, -67, 0, -67, -67, -67, -67, -67, -67, -67, -67, -67, -67, 0, 0, -67, 0,
        // State 51
        -68, -68, -68, -68, -68, 0, 0, 0, 0, 0, 0, 0, 0, -68, -68, -68, -68, -68, -68, -68, -68, -68, 0, -68, 0, -68, -68, -68, 0, -68, -68, -68, -68, 0, 0, 0, 0,
        // State 52
        -69, -69, -69, -69, -69, 0, 0, 0, 0, 0, 0, 0, 0, -69, -69, -69, -69, -69, -69, -69, -69, -69, 0, -69, 0, -69, -69, -69, 0, -69, -69, -69, -69, 0, 0, 0, 0,
        // State 53
        -100, -100, -100, -100, -100, 0, 0, 0, 0, 0, 0, 0, 0, -100, -100, -100, -100, -100, -100, -100, -100, -100, 0, -100, 0, -100, -100, -100, 0, -100, -100, -100, -100, 0, 0, 0, 0,
        // State 54
        -41, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 55
        0, 0, 0, 0, 0, 0, -31, -31, -31, -31, -31, -31, -31, 0, -31, 0, 0, 0, 0, 0, 0, 0, -31, 0, -31, 0, 0, 0, 0, 0, 0, 0, 0, -31, 0, 0, -31,
        // State 56
        0, 0, 0, 0, 0, 0, -32, -32, -32, -32, -32, -32, -32, 0, -32, 0, 0, 0, 0, 0, 0, 0, -32, 0, -32, 0, 0, 0, 0, 0, 0, 0, 0, -32, 0, 0, -32,
        // State 57
        0, 0, 0, 0, 0, 0, -34, -34, -34, -34, -34, -34, -34, 0, -34, 0, 0, 0, 0, 0, 0, 0, -34, 0, -34, 0, 0, 0, 0, 0, 0, 0, 0, -34, 0, 0, -34,
        // State 58
        0, 0, 0, 0, 0, 0, -60, -60, -60, -60, -60, -60, -60, 0, -60, 0, 0, 0, 0, 0, 0, 0, -60, 0, -60, 0, 0, 0, 0, 0, 0, 0, 0, -60, 0, 0, -60,
        // State 59
        0, 0, 0, 0, 0, 0, -59, -59, -59, -59, -59, -59, -59, 0, -59, 0, 0, 0, 0, 0, 0, 0, -59, 0, -59, 0, 0, 0, 0, 0, 0, 0, 0, -59, 0, 0, -59,
        // State 60
        0, 0, 0, 0, 0, 0, -74, -74, -74, -74, -74, -74, -74, 0, -74, 0, 0, 0, 0, 0, 0, 0, -74, 0, -74, 0, 0, 0, 0, 0, 0, 0, 0, -74, 0, 0, -74,
        // State 61
        0, 0, 0, 0, 0, 0, -75, -75, -75, -75, -75, -75, -75, 0, -75, 0, 0, 0, 0, 0, 0, 0, -75, 0, -75, 0, 0, 0, 0, 0, 0, 0, 0, -75, 0, 0, -75,
        // State 62
        0, 0, 0, 0, 0, 0, -77, -77, -77, -77, -77, -77, -77, 0, -77, 0, 0, 0, 0, 0, 0, 0, -77, 0, -77, 0, 0, 0, 0, 0, 0, 0, 0, -77, 0, 0, -77,
        // State 63
        0, 0, 0, 0, 0, 0, -102, -102, -102, -102, -102, -102, -102, 0, -102, 0, 0, 0, 0, 0, 0, 0, -102, 0, -102, 0, 0, 0, 0, 0, 0, 0, 0, -102, 0, 0, -102,
        // State 64
        0, 0, 0, 0, 0, 0, -104, -104, -104, -104, -104, -104, -104, 0, -104, 0, 0, 0, 0, 0, 0, 0, -104, 0, -104, 0, 0, 0, 0, 0, 0, 0, 0, -104, 0, 0, -104,
        // State 65
        0, 0, 0, 0, 0, 0, -103, -103, -103, -103, -103, -103, -103, 0, -103, 0, 0, 0, 0, 0, 0, 0, -103, 0, -103, 0, 0, 0, 0, 0, 0, 0, 0, -103, 0, 0, -103,
        // State 66
        0, 0, 0, 0, 0, 0, -105, -105, -105, -105, -105, -105, -105, 0, -105, 0, 0, 0, 0, 0, 0, 0, -105, 0, -105, 0, 0, 0, 0, 0, 0, 0, 0, -105, 0, 0, -105,
        // State 67
        -130, -130, -130, -130, -130, 0, 0, 0, 0, 0, 0, 0, 0, -130, -130, -130, -130, 0, -130, -130, 0, -130, 0, -130, 0, -130, -130, -130, 0, -130, -130, -130, -130, 0, 0, 0, 0,
        // State 68
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 69
        -129, -129, -129, -129, -129, 0, 0, 0, 0, 0, 0, 0, 0, -129, -129, -129, -129, 0, -129, -129, 0, -129, 0, -129, 0, -129, -129, -129, 0, -129, -129, -129, -129, 0, 0, 0, 0,
        // State 70
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 71
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 93, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 72
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 94, 0, 0, 0, 0, -46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 73
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -64, 0, 0, 0, 0, -64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29, 0,
        // State 74
        -89, -89, 0, 0, -89, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -89, 0, 0, -89, 0, -89, 0, -89, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 75
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 96, 0, 0, 0, 0, 0, 0, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 76
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 97, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 77
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, 0, 0, 0, 0, 0, 0, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 78
        0, 0, -95, -95, -95, 0, 0, 0, 0, 0, 0, 0, 0, -95, -95, -95, -95, -95, -95, -95, -95, 0, 0, 0, 15, -95, -95, -95, 30, -95, -95, -95, -95, 0, 0, 0, 0,
        // State 79
        -88, -88, 0, 0, -88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -88, 0, 0, -88, 0, -88, 0, -88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 80
        -120, -120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -120, 0, 0, -120, 0, -120, 0, -120, 31, -120, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 81
        -61, -61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -61, 0, 0, -61, 0, -61, 0, -61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 82
        -91, -91, -91, -91, -91, 0, 0, 0, 0, 0, 0, 0, 0, -91, -91, -91, -91, -91, -91, -91, -91, -91, 0, -91, 0, -91, -91, -91, 0, -91, -91, -91, -91, 0, 0, 0, 0,
        // State 83
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 84
        -108, -108, -108, -108, -108, 0, 0, 0, 0, 0, 0, 0, 0, -108, -108, 0, 0, 0, -108, -108, 0, -108, 0, -108, 0, -108, -108, -108, 0, -108, -108, -108, -108, 0, 0, 0, 0,
        // State 85
        -110, -110, -110, -110, -110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -110, -110, 0, -110, 0, -110, 0, -110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 86
        -112, -112, -112, -112, -112, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -112, -112, 0, -112, 0, -112, 0, -112, 0, 0, 0, 0, 0, -112, -112, 0, 0, 0, 0,
        // State 87
        -114, -114, -114, -114, -114, 0, 0, 0, 0, 0, 0, 0, 0, -114, -114, -114, -114, 0, -114, -114, 0, -114, 0, -114, 0, -114, -114, -114, 0, -114, -114, -114, -114, 0, 0, 0, 0,
        // State 88
        -116, -116, 0, -116, -116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -116, -116, 0, -116, 0, -116, 0, -116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 89
        -118, -118, -118, -118, -118, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -118, -118, 0, -118, 0, -118, 0, -118, -118, -118, 0, -118, -118, -118, -118, 0, 0, 0, 0,
        // State 90
        -98, -98, -98, -98, -98, 0, 0, 0, 0, 0, 0, 0, 0, -98, -98, -98, -98, -98, -98, -98, -98, -98, 0, -98, 0, -98, -98, -98, 0, -98, -98, -98, -98, 0, 0, 0, 0,
        // State 91
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, -48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 92
        -99, -99, -99, -99, -99, 0, 0, 0, 0, 0, 0, 0, 0, -99, -99, -99, -99, -99, -99, -99, -99, -99, 0, -99, 0, -99, -99, -99, 0, -99, -99, -99, -99, 0, 0, 0, 0,
        // State 93
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 94
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 102, 0, 0, 0, 0, 0, 0, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 95
        -11, 0, 0, 0, 0, 0, -11, -11, -11, -11, -11, -11, -11, 0, -11, 0, 0, 0, 0, 0, 0, 0, -11, 0, -11, -11, 0, 0, 0, 0, 0, 0, 0, -11, 0, 0, -11,
        // State 96
        -93, -93, -93, -93, -93, 0, 0, 0, 0, 0, 0, 0, 0, -93, -93, -93, -93, -93, -93, -93, -93, -93, 0, -93, 0, -93, -93, -93, 0, -93, -93, -93, -93, 0, 0, 0, 0,
        // State 97
        -92, -92, -92, -92, -92, 0, 0, 0, 0, 0, 0, 0, 0, -92, -92, -92, -92, -92, -92, -92, -92, -92, 0, -92, 0, -92, -92, -92, 0, -92, -92, -92, -92, 0, 0, 0, 0,
        // State 98
        -39, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 99
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 100
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -63, 0, 0, 0, 0, -63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 101
        -12, 0, 0, 0, 0, 0, -12, -12, -12, -12, -12, -12, -12, 0, -12, 0, 0, 0, 0, 0, 0, 0, -12, 0, -12, -12, 0, 0, 0, 0, 0, 0, 0, -12, 0, 0, -12,
        // State 102
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, 0, 0, 0, 0, 0, 0, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 103
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 105, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 104
        -121, -121, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -121, 0, 0, -121, 0, -121, 0, -121, 0, -121, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 105
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 107, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 106
        -122, -122, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -122, 0, 0, -122, 0, -122, 0, -122, 0, -122, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    fn __action(state: i16, integer: usize) -> i16 {
        __ACTION[(state as usize) * 37 + integer]
    }
    const __EOF_ACTION: &[i16] = &[
        // State 0
        0,
        // State 1
        0,
        // State 2
        -30,
        // State 3
        -33,
        // State 4
        -58,
        // State 5
        -73,
        // State 6
        -76,
        // State 7
        -101,
        // State 8
        0,
        // State 9
        0,
        // State 10
        0,
        // State 11
        0,
        // State 12
        0,
        // State 13
        0,
        // State 14
        0,
        // State 15
        0,
        // State 16
        0,
        // State 17
        0,
        // State 18
        0,
        // State 19
        0,
        // State 20
        0,
        // State 21
        0,
        // State 22
        0,
        // State 23
        0,
        // State 24
        0,
        // State 25
        0,
        // State 26
        0,
        // State 27
        0,
        // State 28
        0,
        // State 29
        0,
        // State 30
        0,
        // State 31
        0,
        // State 32
        -119,
        // State 33
        -117,
        // State 34
        0,
        // State 35
        -111,
        // State 36
        -132,
        // State 37
        -95,
        // State 38
        -97,
        // State 39
        -109,
        // State 40
        -90,
        // State 41
        -62,
        // State 42
        -131,
        // State 43
        -94,
        // State 44
        -113,
        // State 45
        -115,
        // State 46
        -96,
        // State 47
        -71,
        // State 48
        -72,
        // State 49
        -70,
        // State 50
        -67,
        // State 51
        -68,
        // State 52
        -69,
        // State 53
        -100,
        // State 54
        0,
        // State 55
        0,
        // State 56
        0,
        // State 57
        0,
        // State 58
        0,
        // State 59
        0,
        // State 60
        0,
        // State 61
        0,
        // State 62
        0,
        // State 63
        0,
        // State 64
        0,
        // State 65
        0,
        // State 66
        0,
        // State 67
        -130,
        // State 68
        0,
        // State 69
        -129,
        // State 70
        0,
        // State 71
        0,
        // State 72
        0,
        // State 73
        0,
        // State 74
        -89,
        // State 75
        0,
        // State 76
        0,
        // State 77
        0,
        // State 78
        0,
        // State 79
        -88,
        // State 80
        -120,
        // State 81
        -61,
        // State 82
        -91,
        // State 83
        0,
        // State 84
        -108,
        // State 85
        -110,
        // State 86
        -112,
        // State 87
        -114,
        // State 88
        -116,
        // State 89
        -118,
        // State 90
        -98,
        // State 91
        0,
        // State 92
        -99,
        // State 93
        0,
        // State 94
        0,
        // State 95
        0,
        // State 96
        -93,
        // State 97
        -92,
        // State 98
        0,
        // State 99
        0,
        // State 100
        0,
        // State 101
        0,
        // State 102
        0,
        // State 103
        0,
        // State 104
        -121,
        // State 105
        0,
        // State 106
        -122,
    ];
    fn __goto(state: i16, nt: usize) -> i16 {
        match nt {
            6 => 26,
            9 => 25,
            18 => match state {
                24 => 89,
                _ => 32,
            },
            19 => 19,
            20 => match state {
                23 => 88,
                _ => 33,
            },
            21 => 20,
            22 => match state {
                26 => 94,
                _ => 75,
            },
            24 => match state {
                1 => 54,
                _ => 34,
            },
            25 => 1,
            26 => 76,
            27 => 71,
            30 => match state {
                20 => 85,
                _ => 35,
            },
            31 => 21,
            32 => match state {
                0 => 36,
                9 => 68,
                18 => 83,
                27 => 98,
                28 => 100,
                29 => 102,
                _ => 77,
            },
            33 => match state {
                25 => 91,
                _ => 72,
            },
            35 => match state {
                11 => 70,
                12 | 25 => 73,
                14 | 26 => 78,
                16 | 30..=31 => 80,
                17 => 82,
                _ => 37,
            },
            36 => 38,
            37 => match state {
                19 => 84,
                _ => 39,
            },
            38 => 22,
            39 => 40,
            40 => 23,
            43 => match state {
                13 => 74,
                15 => 79,
                _ => 41,
            },
            44 => 42,
            45 => 43,
            46 => match state {
                21 => 86,
                _ => 44,
            },
            47 => 24,
            49 => 2,
            50 => 3,
            51 => 4,
            52 => 5,
            53 => 6,
            54 => 7,
            55 => match state {
                30 => 103,
                31 => 105,
                _ => 81,
            },
            60 => match state {
                8 => 67,
                10 => 69,
                22 => 87,
                _ => 45,
            },
            _ => 0,
        }
    }
    #[allow(clippy::needless_raw_string_hashes)]
    const __TERMINAL: &[&str] = &[
        r###""let""###,
        r###""in""###,
        r###""and""###,
        r###""or""###,
        r###""as""###,
        r###""const""###,
        r###""$input""###,
        r###""true""###,
        r###""false""###,
        r###""null""###,
        r###"ident"###,
        r###"number"###,
        r###"string"###,
        r###""+""###,
        r###""-""###,
        r###""*""###,
        r###""/""###,
        r###"".""###,
        r###"",""###,
        r###""|""###,
        r###""[""###,
        r###""]""###,
        r###""{""###,
        r###""}""###,
        r###""(""###,
        r###"")""###,
        r###""<""###,
        r###"">""###,
        r###""=""###,
        r###""<=""###,
        r###"">=""###,
        r###""==""###,
        r###""!=""###,
        r###""!""###,
        r###""->""###,
        r###"":""###,
    ];
    fn __expected_tokens(__state: i16) -> alloc::vec::Vec<alloc::string::String> {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            let next_state = __action(__state, index);
            if next_state == 0 {
                None
            } else {
                Some(alloc::string::ToString::to_string(terminal))
            }
        }).collect()
    }
    fn __expected_tokens_from_states<
        's,
        'e,
    >(
        __states: &[i16],
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> alloc::vec::Vec<alloc::string::String>
    where
        's: 'e,
    {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            if __accepts(None, __states, Some(index), core::marker::PhantomData::<(&(), &())>) {
                Some(alloc::string::ToString::to_string(terminal))
            } else {
                None
            }
        }).collect()
    }
    struct __StateMachine<'s, 'e>
    where 's: 'e
    {
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __phantom: core::marker::PhantomData<(&'s (), &'e ())>,
    }
    impl<'s, 'e> __state_machine::ParserDefinition for __StateMachine<'s, 'e>
    where 's: 'e
    {
        type Location = usize;
        type Error = ();
        type Token = Token<'s>;
        type TokenIndex = usize;
        type Symbol = __Symbol<'s>;
        type Success = Expr;
        type StateIndex = i16;
        type Action = i16;
        type ReduceIndex = i16;
        type NonterminalIndex = usize;

        #[inline]
        fn start_location(&self) -> Self::Location {
              Default::default()
        }

        #[inline]
        fn start_state(&self) -> Self::StateIndex {
              0
        }

        #[inline]
        fn token_to_index(&self, token: &Self::Token) -> Option<usize> {
            __token_to_integer(token, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn action(&self, state: i16, integer: usize) -> i16 {
            __action(state, integer)
        }

        #[inline]
        fn error_action(&self, state: i16) -> i16 {
            __action(state, 37 - 1)
        }

        #[inline]
        fn eof_action(&self, state: i16) -> i16 {
            __EOF_ACTION[state as usize]
        }

        #[inline]
        fn goto(&self, state: i16, nt: usize) -> i16 {
            __goto(state, nt)
        }

        fn token_to_symbol(&self, token_index: usize, token: Self::Token) -> Self::Symbol {
            __token_to_symbol(token_index, token, core::marker::PhantomData::<(&(), &())>)
        }

        fn expected_tokens(&self, state: i16) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens(state)
        }

        fn expected_tokens_from_states(&self, states: &[i16]) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens_from_states(states, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn uses_error_recovery(&self) -> bool {
            true
        }

        #[inline]
        fn error_recovery_symbol(
            &self,
            recovery: __state_machine::ErrorRecovery<Self>,
        ) -> Self::Symbol {
            __Symbol::Variant3(recovery)
        }

        fn reduce(
            &mut self,
            action: i16,
            start_location: Option<&Self::Location>,
            states: &mut alloc::vec::Vec<i16>,
            symbols: &mut alloc::vec::Vec<__state_machine::SymbolTriple<Self>>,
        ) -> Option<__state_machine::ParseResult<Self>> {
            __reduce(
                self.errors,
                action,
                start_location,
                states,
                symbols,
                core::marker::PhantomData::<(&(), &())>,
            )
        }

        fn simulate_reduce(&self, action: i16) -> __state_machine::SimulatedReduce<Self> {
            __simulate_reduce(action, core::marker::PhantomData::<(&(), &())>)
        }
    }
    fn __token_to_integer<
        's,
        'e,
    >(
        __token: &Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<usize>
    {
        #[warn(unused_variables)]
        match __token {
            Token::Let if true => Some(0),
            Token::In if true => Some(1),
            Token::And if true => Some(2),
            Token::Or if true => Some(3),
            Token::As if true => Some(4),
            Token::Const if true => Some(5),
            Token::Input if true => Some(6),
            Token::True if true => Some(7),
            Token::False if true => Some(8),
            Token::Null if true => Some(9),
            Token::Ident(_) if true => Some(10),
            Token::Number(_) if true => Some(11),
            Token::Str(_) if true => Some(12),
            Token::Plus if true => Some(13),
            Token::Minus if true => Some(14),
            Token::Star if true => Some(15),
            Token::Slash if true => Some(16),
            Token::Dot if true => Some(17),
            Token::Comma if true => Some(18),
            Token::Pipe if true => Some(19),
            Token::LBracket if true => Some(20),
            Token::RBracket if true => Some(21),
            Token::LBrace if true => Some(22),
            Token::RBrace if true => Some(23),
            Token::LParen if true => Some(24),
            Token::RParen if true => Some(25),
            Token::Lt if true => Some(26),
            Token::Gt if true => Some(27),
            Token::Assign if true => Some(28),
            Token::Le if true => Some(29),
            Token::Ge if true => Some(30),
            Token::EqEq if true => Some(31),
            Token::Ne if true => Some(32),
            Token::Bang if true => Some(33),
            Token::Arrow if true => Some(34),
            Token::Colon if true => Some(35),
            _ => None,
        }
    }
    fn __token_to_symbol<
        's,
        'e,
    >(
        __token_index: usize,
        __token: Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __Symbol<'s>
    {
        #[allow(clippy::manual_range_patterns)]match __token_index {
            0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 => __Symbol::Variant0(__token),
            10 | 11 => match __token {
                Token::Ident(__tok0) | Token::Number(__tok0) if true => __Symbol::Variant1(__tok0),
                _ => unreachable!(),
            },
            12 => match __token {
                Token::Str(__tok0) if true => __Symbol::Variant2(__tok0),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        }
    }
    fn __simulate_reduce<
        's,
        'e,
    >(
        __reduce_index: i16,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __state_machine::SimulatedReduce<__StateMachine<'s, 'e>>
    where
        's: 'e,
    {
        match __reduce_index {
            0 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 0,
                }
            }
            1 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 0,
                }
            }
            2 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 1,
                }
            }
            3 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 1,
                }
            }
            4 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 2,
                }
            }
            5 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 3,
                }
            }
            6 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 3,
                }
            }
            7 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 4,
                }
            }
            8 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 5,
                }
            }
            9 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 5,
                }
            }
            10 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 6,
                }
            }
            11 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 6,
                }
            }
            12 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 7,
                }
            }
            13 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 8,
                }
            }
            14 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 8,
                }
            }
            15 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 9,
                }
            }
            16 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 9,
                }
            }
            17 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 10,
                }
            }
            18 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 11,
                }
            }
            19 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 11,
                }
            }
            20 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 12,
                }
            }
            21 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 12,
                }
            }
            22 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 13,
                }
            }
            23 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 14,
                }
            }
            24 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 14,
                }
            }
            25 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 15,
                }
            }
            26 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 15,
                }
            }
            27 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 16,
                }
            }
            28 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 17,
                }
            }
            29 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 18,
                }
            }
            30 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            31 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            32 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 20,
                }
            }
            33 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 21,
                }
            }
            34 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 22,
                }
            }
            35 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 22,
                }
            }
            36 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 23,
                }
            }
            37 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 23,
                }
            }
            38 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 24,
                }
            }
            39 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 25,
                }
            }
            40 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 25,
                }
            }
            41 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            42 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 26,
                }
            }
            43 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 26,
                }
            }
            44 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            45 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            46 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 27,
                }
            }
            47 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 27,
                }
            }
            48 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            49 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            50 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 28,
                }
            }
            51 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 28,
                }
            }
            52 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            53 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            54 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 29,
                }
            }
            55 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 29,
                }
            }
            56 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            57 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 30,
                }
            }
            58 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            59 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            60 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 32,
                }
            }
            61 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 32,
                }
            }
            62 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 33,
                }
            }
            63 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 33,
                }
            }
            64 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 34,
                }
            }
            65 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 34,
                }
            }
            66 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 35,
                }
            }
            67 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            68 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            69 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            70 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            71 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            72 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 37,
                }
            }
            73 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            74 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            75 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 39,
                }
            }
            76 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 40,
                }
            }
            77 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 41,
                }
            }
            78 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            79 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            80 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            81 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            82 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            83 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            84 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 41,
                }
            }
            85 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 42,
                }
            }
            86 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 42,
                }
            }
            87 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            88 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            89 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 43,
                }
            }
            90 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 44,
                }
            }
            91 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            92 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            93 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 44,
                }
            }
            94 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            95 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            96 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            97 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            98 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            99 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            100 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 46,
                }
            }
            101 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            102 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            103 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            104 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            105 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 48,
                }
            }
            106 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 48,
                }
            }
            107 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 49,
                }
            }
            108 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 49,
                }
            }
            109 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 50,
                }
            }
            110 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 50,
                }
            }
            111 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 51,
                }
            }
            112 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 51,
                }
            }
            113 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 52,
                }
            }
            114 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 52,
                }
            }
            115 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 53,
                }
            }
            116 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 53,
                }
            }
            117 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 54,
                }
            }
            118 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 54,
                }
            }
            119 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 55,
                }
            }
            120 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 55,
                }
            }
            121 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 55,
                }
            }
            122 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 56,
                }
            }
            123 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 57,
                }
            }
            124 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 57,
                }
            }
            125 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 58,
                }
            }
            126 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 59,
                }
            }
            127 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 59,
                }
            }
            128 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            129 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            130 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 60,
                }
            }
            131 => __state_machine::SimulatedReduce::Accept,
            132 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 62,
                }
            }
            133 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 63,
                }
            }
            _ => panic!("invalid reduction index {__reduce_index}")
        }
    }
    pub struct ExprParser {
        _priv: (),
    }

    impl Default for ExprParser { fn default() -> Self { Self::new() } }
    impl ExprParser {
        pub fn new() -> ExprParser {
            ExprParser {
                _priv: (),
            }
        }

        #[allow(dead_code)]
        pub fn parse<
            's,
            'e,
            __TOKEN: __ToTriple<'s, 'e, >,
            __TOKENS: IntoIterator<Item=__TOKEN>,
        >(
            &self,
            errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
            __tokens0: __TOKENS,
        ) -> Result<Expr, __lalrpop_util::ParseError<usize, Token<'s>, ()>>
        {
            let __tokens = __tokens0.into_iter();
            let mut __tokens = __tokens.map(|t| __ToTriple::to_triple(t));
            __state_machine::Parser::drive(
                __StateMachine {
                    errors,
                    __phantom: core::marker::PhantomData::<(&(), &())>,
                },
                __tokens,
            )
        }
    }
    fn __accepts<
        's,
        'e,
    >(
        __error_state: Option<i16>,
        __states: &[i16],
        __opt_integer: Option<usize>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> bool
    where
        's: 'e,
    {
        let mut __states = __states.to_vec();
        __states.extend(__error_state);
        loop {
            let mut __states_len = __states.len();
            let __top = __states[__states_len - 1];
            let __action = match __opt_integer {
                None => __EOF_ACTION[__top as usize],
                Some(__integer) => __action(__top, __integer),
            };
            if __action == 0 { return false; }
            if __action > 0 { return true; }
            let (__to_pop, __nt) = match __simulate_reduce(-(__action + 1), core::marker::PhantomData::<(&(), &())>) {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop, nonterminal_produced
                } => (states_to_pop, nonterminal_produced),
                __state_machine::SimulatedReduce::Accept => return true,
            };
            __states_len -= __to_pop;
            __states.truncate(__states_len);
            let __top = __states[__states_len - 1];
            let __next_state = __goto(__top, __nt);
            __states.push(__next_state);
        }
    }
    fn __reduce<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __action: i16,
        __lookahead_start: Option<&usize>,
        __states: &mut alloc::vec::Vec<i16>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<Result<Expr,__lalrpop_util::ParseError<usize, Token<'s>, ()>>>
    {
        let (__pop_states, __nonterminal) = match __action {
            0 => {
                __reduce0(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            1 => {
                __reduce1(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            2 => {
                __reduce2(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            3 => {
                __reduce3(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            4 => {
                __reduce4(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            5 => {
                __reduce5(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            6 => {
                __reduce6(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            7 => {
                __reduce7(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            8 => {
                __reduce8(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            9 => {
                __reduce9(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            10 => {
                __reduce10(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            11 => {
                __reduce11(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            12 => {
                __reduce12(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            13 => {
                __reduce13(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            14 => {
                __reduce14(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            15 => {
                __reduce15(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            16 => {
                __reduce16(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            17 => {
                __reduce17(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            18 => {
                __reduce18(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            19 => {
                __reduce19(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            20 => {
                __reduce20(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            21 => {
                __reduce21(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            22 => {
                __reduce22(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            23 => {
                __reduce23(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            24 => {
                __reduce24(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            25 => {
                __reduce25(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            26 => {
                __reduce26(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            27 => {
                __reduce27(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            28 => {
                __reduce28(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            29 => {
                __reduce29(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            30 => {
                __reduce30(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            31 => {
                __reduce31(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            32 => {
                __reduce32(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            33 => {
                __reduce33(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            34 => {
                __reduce34(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            35 => {
                __reduce35(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            36 => {
                __reduce36(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            37 => {
                __reduce37(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            38 => {
                __reduce38(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            39 => {
                __reduce39(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            40 => {
                __reduce40(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            41 => {
                __reduce41(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            42 => {
                __reduce42(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            43 => {
                __reduce43(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            44 => {
                __reduce44(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            45 => {
                __reduce45(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            46 => {
                __reduce46(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            47 => {
                __reduce47(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            48 => {
                __reduce48(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            49 => {
                __reduce49(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            50 => {
                __reduce50(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            51 => {
                __reduce51(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            52 => {
                __reduce52(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            53 => {
                __reduce53(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            54 => {
                __reduce54(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            55 => {
                __reduce55(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            56 => {
                __reduce56(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            57 => {
                __reduce57(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            58 => {
                __reduce58(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            59 => {
                __reduce59(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            60 => {
                __reduce60(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            61 => {
                __reduce61(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            62 => {
                __reduce62(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            63 => {
                __reduce63(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            64 => {
                __reduce64(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            65 => {
                __reduce65(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            66 => {
                __reduce66(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            67 => {
                __reduce67(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            68 => {
                __reduce68(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            69 => {
                __reduce69(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            70 => {
                __reduce70(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            71 => {
                __reduce71(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            72 => {
                __reduce72(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            73 => {
                __reduce73(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            74 => {
                __reduce74(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            75 => {
                __reduce75(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            76 => {
                __reduce76(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            77 => {
                __reduce77(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            78 => {
                __reduce78(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            79 => {
                __reduce79(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            80 => {
                __reduce80(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            81 => {
                __reduce81(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            82 => {
                __reduce82(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            83 => {
                __reduce83(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            84 => {
                __reduce84(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            85 => {
                __reduce85(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            86 => {
                __reduce86(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            87 => {
                __reduce87(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            88 => {
                __reduce88(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            89 => {
                __reduce89(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            90 => {
                __reduce90(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            91 => {
                __reduce91(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            92 => {
                __reduce92(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            93 => {
                __reduce93(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            94 => {
                __reduce94(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            95 => {
                __reduce95(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            96 => {
                __reduce96(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            97 => {
                __reduce97(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            98 => {
                __reduce98(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            99 => {
                __reduce99(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            100 => {
                __reduce100(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            101 => {
                __reduce101(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            102 => {
                __reduce102(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            103 => {
                __reduce103(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            104 => {
                __reduce104(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            105 => {
                __reduce105(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            106 => {
                __reduce106(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            107 => {
                __reduce107(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            108 => {
                __reduce108(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            109 => {
                __reduce109(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            110 => {
                __reduce110(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            111 => {
                __reduce111(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            112 => {
                __reduce112(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            113 => {
                __reduce113(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            114 => {
                __reduce114(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            115 => {
                __reduce115(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            116 => {
                __reduce116(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            117 => {
                __reduce117(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            118 => {
                __reduce118(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            119 => {
                __reduce119(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            120 => {
                // Type = Ident, "<", Type, ">" => ActionFn(187);
                assert!(__symbols.len() >= 4);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym3.2.clone();
                let __nt = match super::__action187::<>(errors, __sym0, __sym1, __sym2, __sym3) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (4, 55)
            }
            121 => {
                // Type = Ident, "<", Type, ",", Type, ">" => ActionFn(188);
                assert!(__symbols.len() >= 6);
                let __sym5 = __pop_Variant0(__symbols);
                let __sym4 = __pop_Variant29(__symbols);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym5.2.clone();
                let __nt = match super::__action188::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (6, 55)
            }
            122 => {
                __reduce122(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            123 => {
                __reduce123(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            124 => {
                __reduce124(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            125 => {
                __reduce125(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            126 => {
                __reduce126(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            127 => {
                __reduce127(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            128 => {
                __reduce128(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            129 => {
                __reduce129(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            130 => {
                __reduce130(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            131 => {
                // __Expr = Expr => ActionFn(0);
                let __sym0 = __pop_Variant5(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym0.2.clone();
                let __nt = super::__action0::<>(errors, __sym0);
                return Some(Ok(__nt));
            }
            132 => {
                __reduce132(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            133 => {
                __reduce133(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            _ => panic!("invalid action code {__action}")
        };
        let __states_len = __states.len();
        __states.truncate(__states_len - __pop_states);
        let __state = *__states.last().unwrap();
        let __next_state = __goto(__state, __nonterminal);
        __states.push(__next_state);
        None
    }
    #[inline(never)]
    fn __symbol_type_mismatch() -> ! {
        panic!("symbol type mismatch")
    }
    fn __pop_Variant13<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, (Ident, Ident), usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant13(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant7<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Arg, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant7(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant16<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, BinaryOp, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant16(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant18<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Binding, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant18(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant2<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Cow<'s, str>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant2(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant5<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Expr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant5(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant9<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Field, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant9(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant25<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Ident, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant25(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant26<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Literal, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant26(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant30<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant30(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant17<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant17(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant6<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Expr>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant6(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant24<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant24(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant27<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant27(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant4<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Token<'s>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant4(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant31<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Vec<(Ident, Ident)>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant31(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant11<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Param, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant11(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant28<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Signature, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant28(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant0<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Token<'s>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant0(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant29<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, TypeExpr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant29(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant23<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant23(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant20<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant20(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant21<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant21(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant22<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant22(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant3<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant3(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant14<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant14(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant8<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant8(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant19<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Binding>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant19(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant10<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant10(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant12<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant12(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant15<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, usize, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant15(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant1<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, &'s str, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant1(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __reduce0<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? = "+" => ActionFn(60);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action60::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 0)
    }
    fn __reduce1<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? =  => ActionFn(61);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action61::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 0)
    }
    fn __reduce2<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? = "const" => ActionFn(62);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action62::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 1)
    }
    fn __reduce3<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? =  => ActionFn(63);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action63::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 1)
    }
    fn __reduce4<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>) = "=", Expr => ActionFn(59);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action59::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 2)
    }
    fn __reduce5<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? = "=", Expr => ActionFn(120);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action120::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (2, 3)
    }
    fn __reduce6<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? =  => ActionFn(58);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action58::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (0, 3)
    }
    fn __reduce7<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",") = Arg, "," => ActionFn(90);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action90::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (2, 4)
    }
    fn __reduce8<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* =  => ActionFn(88);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action88::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (0, 5)
    }
    fn __reduce9<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* = (<Arg> ",")+ => ActionFn(89);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action89::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (1, 5)
    }
    fn __reduce10<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = Arg, "," => ActionFn(129);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action129::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (2, 6)
    }
    fn __reduce11<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = (<Arg> ",")+, Arg, "," => ActionFn(130);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action130::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (3, 6)
    }
    fn __reduce12<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",") = Field, "," => ActionFn(95);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action95::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (2, 7)
    }
    fn __reduce13<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* =  => ActionFn(93);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action93::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (0, 8)
    }
    fn __reduce14<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* = (<Field> ",")+ => ActionFn(94);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action94::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (1, 8)
    }
    fn __reduce15<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = Field, "," => ActionFn(133);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action133::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (2, 9)
    }
    fn __reduce16<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = (<Field> ",")+, Field, "," => ActionFn(134);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action134::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (3, 9)
    }
    fn __reduce17<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",") = Param, "," => ActionFn(100);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action100::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (2, 10)
    }
    fn __reduce18<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* =  => ActionFn(98);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action98::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (0, 11)
    }
    fn __reduce19<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* = (<Param> ",")+ => ActionFn(99);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action99::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (1, 11)
    }
    fn __reduce20<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = Param, "," => ActionFn(137);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action137::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (2, 12)
    }
    fn __reduce21<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = (<Param> ",")+, Param, "," => ActionFn(138);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action138::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (3, 12)
    }
    fn __reduce22<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",") = TypeParam, "," => ActionFn(105);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action105::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (2, 13)
    }
    fn __reduce23<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* =  => ActionFn(103);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action103::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (0, 14)
    }
    fn __reduce24<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* = (<TypeParam> ",")+ => ActionFn(104);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action104::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (1, 14)
    }
    fn __reduce25<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = TypeParam, "," => ActionFn(141);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action141::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (2, 15)
    }
    fn __reduce26<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = (<TypeParam> ",")+, TypeParam, "," => ActionFn(142);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action142::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (3, 15)
    }
    fn __reduce27<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @L =  => ActionFn(85);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action85::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 16)
    }
    fn __reduce28<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @R =  => ActionFn(84);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action84::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 17)
    }
    fn __reduce29<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddExpr = Tier<AddOp, MulExpr> => ActionFn(14);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action14::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 18)
    }
    fn __reduce30<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "+" => ActionFn(24);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action24::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce31<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "-" => ActionFn(25);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action25::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce32<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndExpr = Tier<AndOp, EqExpr> => ActionFn(11);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action11::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 20)
    }
    fn __reduce33<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndOp = "and" => ActionFn(17);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action17::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 21)
    }
    fn __reduce34<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Ident, "=", Expr => ActionFn(35);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action35::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (3, 22)
    }
    fn __reduce35<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Expr => ActionFn(36);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action36::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (1, 22)
    }
    fn __reduce36<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? = Arg => ActionFn(86);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action86::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (1, 23)
    }
    fn __reduce37<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? =  => ActionFn(87);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action87::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (0, 23)
    }
    fn __reduce38<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding = "let", Ident, "=", Expr => ActionFn(168);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant5(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action168::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant18(__nt), __end));
        (4, 24)
    }
    fn __reduce39<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding => ActionFn(82);
        let __sym0 = __pop_Variant18(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action82::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (1, 25)
    }
    fn __reduce40<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding+, Binding => ActionFn(83);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant18(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action83::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (2, 25)
    }
    fn __reduce41<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = Arg => ActionFn(191);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action191::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce42<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> =  => ActionFn(192);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action192::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (0, 26)
    }
    fn __reduce43<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+, Arg => ActionFn(193);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action193::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (2, 26)
    }
    fn __reduce44<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+ => ActionFn(194);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action194::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce45<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = Field => ActionFn(195);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action195::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce46<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> =  => ActionFn(196);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action196::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (0, 27)
    }
    fn __reduce47<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+, Field => ActionFn(197);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action197::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (2, 27)
    }
    fn __reduce48<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+ => ActionFn(198);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action198::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce49<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = Param => ActionFn(199);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action199::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce50<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> =  => ActionFn(200);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action200::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (0, 28)
    }
    fn __reduce51<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+, Param => ActionFn(201);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action201::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (2, 28)
    }
    fn __reduce52<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+ => ActionFn(202);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action202::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce53<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = TypeParam => ActionFn(203);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action203::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce54<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> =  => ActionFn(204);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action204::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (0, 29)
    }
    fn __reduce55<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+, TypeParam => ActionFn(205);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action205::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (2, 29)
    }
    fn __reduce56<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+ => ActionFn(206);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action206::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce57<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqExpr = Tier<EqOp, RelExpr> => ActionFn(12);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action12::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 30)
    }
    fn __reduce58<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "==" => ActionFn(18);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action18::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce59<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "!=" => ActionFn(19);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action19::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce60<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr, "as", Type => ActionFn(169);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action169::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 32)
    }
    fn __reduce61<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr => ActionFn(5);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action5::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 32)
    }
    fn __reduce62<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident, ":", Expr => ActionFn(48);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action48::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (3, 33)
    }
    fn __reduce63<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident => ActionFn(49);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action49::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (1, 33)
    }
    fn __reduce64<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? = Field => ActionFn(91);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action91::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (1, 34)
    }
    fn __reduce65<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? =  => ActionFn(92);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action92::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (0, 34)
    }
    fn __reduce66<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Ident = ident => ActionFn(170);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action170::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant25(__nt), __end));
        (1, 35)
    }
    fn __reduce67<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = number => ActionFn(43);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action43::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce68<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = string => ActionFn(44);
        let __sym0 = __pop_Variant2(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action44::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce69<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "true" => ActionFn(45);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action45::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce70<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "false" => ActionFn(46);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action46::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce71<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "null" => ActionFn(47);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action47::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce72<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulExpr = Tier<MulOp, Unary> => ActionFn(15);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action15::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 37)
    }
    fn __reduce73<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "*" => ActionFn(26);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action26::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce74<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "/" => ActionFn(27);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action27::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce75<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrExpr = Tier<OrOp, AndExpr> => ActionFn(10);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action10::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 39)
    }
    fn __reduce76<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrOp = "or" => ActionFn(16);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action16::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 40)
    }
    fn __reduce77<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type, "=", Expr => ActionFn(121);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant5(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action121::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (7, 41)
    }
    fn __reduce78<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type => ActionFn(122);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action122::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce79<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type, "=", Expr => ActionFn(123);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action123::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce80<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type => ActionFn(124);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action124::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce81<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type, "=", Expr => ActionFn(125);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action125::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce82<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type => ActionFn(126);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action126::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce83<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type, "=", Expr => ActionFn(127);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant5(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action127::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce84<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type => ActionFn(128);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action128::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (3, 41)
    }
    fn __reduce85<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? = Param => ActionFn(96);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action96::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (1, 42)
    }
    fn __reduce86<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? =  => ActionFn(97);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action97::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (0, 42)
    }
    fn __reduce87<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr, "|", PipeExpr => ActionFn(171);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action171::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce88<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = Binding+, "in", PipeExpr => ActionFn(172);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action172::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce89<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr => ActionFn(8);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action8::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 43)
    }
    fn __reduce90<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, ".", Ident => ActionFn(173);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action173::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 44)
    }
    fn __reduce91<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, "[", Expr, "]" => ActionFn(174);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action174::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce92<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Ident, "(", Comma<Arg>, ")" => ActionFn(175);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant20(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action175::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce93<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Primary => ActionFn(34);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action34::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 44)
    }
    fn __reduce94<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Ident => ActionFn(176);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action176::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce95<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "$input" => ActionFn(177);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action177::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce96<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Literal => ActionFn(178);
        let __sym0 = __pop_Variant26(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action178::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce97<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "(", Expr, ")" => ActionFn(40);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action40::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce98<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "{", Comma<Field>, "}" => ActionFn(179);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant21(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action179::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce99<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = error => ActionFn(180);
        let __sym0 = __pop_Variant3(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action180::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce100<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelExpr = Tier<RelOp, AddExpr> => ActionFn(13);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action13::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 46)
    }
    fn __reduce101<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<" => ActionFn(20);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action20::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce102<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">" => ActionFn(21);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action21::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce103<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<=" => ActionFn(22);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action22::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce104<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">=" => ActionFn(23);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action23::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce105<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, TypeParams, "(", Comma<Param>, ")", "->", Type => ActionFn(207);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant29(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant22(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action207::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (7, 48)
    }
    fn __reduce106<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, "(", Comma<Param>, ")", "->", Type => ActionFn(208);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant29(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant22(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action208::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (6, 48)
    }
    fn __reduce107<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = Tier<AddOp, MulExpr>, AddOp, MulExpr => ActionFn(181);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action181::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 49)
    }
    fn __reduce108<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = MulExpr => ActionFn(73);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action73::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 49)
    }
    fn __reduce109<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = Tier<AndOp, EqExpr>, AndOp, EqExpr => ActionFn(182);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action182::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 50)
    }
    fn __reduce110<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = EqExpr => ActionFn(79);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action79::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 50)
    }
    fn __reduce111<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = Tier<EqOp, RelExpr>, EqOp, RelExpr => ActionFn(183);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action183::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 51)
    }
    fn __reduce112<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = RelExpr => ActionFn(77);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action77::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 51)
    }
    fn __reduce113<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Tier<MulOp, Unary>, MulOp, Unary => ActionFn(184);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action184::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 52)
    }
    fn __reduce114<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Unary => ActionFn(71);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action71::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 52)
    }
    fn __reduce115<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = Tier<OrOp, AndExpr>, OrOp, AndExpr => ActionFn(185);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action185::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 53)
    }
    fn __reduce116<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = AndExpr => ActionFn(81);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action81::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 53)
    }
    fn __reduce117<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = Tier<RelOp, AddExpr>, RelOp, AddExpr => ActionFn(186);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action186::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 54)
    }
    fn __reduce118<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = AddExpr => ActionFn(75);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action75::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 54)
    }
    fn __reduce119<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Type = Ident => ActionFn(50);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action50::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant29(__nt), __end));
        (1, 55)
    }
    fn __reduce122<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam = Ident, ":", Ident => ActionFn(55);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action55::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (3, 56)
    }
    fn __reduce123<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? = TypeParam => ActionFn(101);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action101::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (1, 57)
    }
    fn __reduce124<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? =  => ActionFn(102);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action102::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (0, 57)
    }
    fn __reduce125<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams = "<", Comma<TypeParam>, ">" => ActionFn(54);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action54::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (3, 58)
    }
    fn __reduce126<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? = TypeParams => ActionFn(66);
        let __sym0 = __pop_Variant23(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action66::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (1, 59)
    }
    fn __reduce127<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? =  => ActionFn(67);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action67::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (0, 59)
    }
    fn __reduce128<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "-", Unary => ActionFn(189);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action189::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce129<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "!", Unary => ActionFn(190);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action190::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce130<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = Postfix => ActionFn(30);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action30::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 60)
    }
    fn __reduce132<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Signature = Signature => ActionFn(2);
        let __sym0 = __pop_Variant28(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action2::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (1, 62)
    }
    fn __reduce133<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Type = Type => ActionFn(1);
        let __sym0 = __pop_Variant29(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action1::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant29(__nt), __end));
        (1, 63)
    }
}
#[allow(unused_imports)]
pub use self::__parse__Expr::ExprParser;

#[rustfmt::skip]
#[allow(explicit_outlives_requirements, non_snake_case, non_camel_case_types, unused_mut, unused_variables, unused_imports, unused_parens, clippy::needless_lifetimes, clippy::type_complexity, clippy::needless_return, clippy::too_many_arguments, clippy::match_single_binding, clippy::clone_on_copy, clippy::unit_arg)]
mod __parse__Signature {

    use std::borrow::Cow;
    use lalrpop_util::ErrorRecovery;
    use crate::syntax::ast::*;
    use crate::syntax::lexer::Token;
    use crate::diagnostics::Span;
    #[allow(unused_extern_crates)]
    extern crate lalrpop_util as __lalrpop_util;
    #[allow(unused_imports)]
    use self::__lalrpop_util::state_machine as __state_machine;
    #[allow(unused_extern_crates)]
    extern crate alloc;
    use super::__ToTriple;
    #[allow(dead_code)]
    pub(crate) enum __Symbol<'s>
     {
        Variant0(Token<'s>),
        Variant1(&'s str),
        Variant2(Cow<'s, str>),
        Variant3(__lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>),
        Variant4(Option<Token<'s>>),
        Variant5(Expr),
        Variant6(Option<Expr>),
        Variant7(Arg),
        Variant8(alloc::vec::Vec<Arg>),
        Variant9(Field),
        Variant10(alloc::vec::Vec<Field>),
        Variant11(Param),
        Variant12(alloc::vec::Vec<Param>),
        Variant13((Ident, Ident)),
        Variant14(alloc::vec::Vec<(Ident, Ident)>),
        Variant15(usize),
        Variant16(BinaryOp),
        Variant17(Option<Arg>),
        Variant18(Binding),
        Variant19(alloc::vec::Vec<Binding>),
        Variant20(Vec<Arg>),
        Variant21(Vec<Field>),
        Variant22(Vec<Param>),
        Variant23(Vec<(Ident, Ident)>),
        Variant24(Option<Field>),
        Variant25(Ident),
        Variant26(Literal),
        Variant27(Option<Param>),
        Variant28(Signature),
        Variant29(TypeExpr),
        Variant30(Option<(Ident, Ident)>),
        Variant31(Option<Vec<(Ident, Ident)>>),
    }
    const __ACTION: &[i16] = &[
        // State 0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 1
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 2
        0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 3
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -55, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 4
        0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 5
        0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -53, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 6
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 7
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -57, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 8
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 9
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 10
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 11
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 12
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 13
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 14
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 15
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 16
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 17
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 18
        29, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 19
        -30, -30, -30, -30, -30, 0, 0, 0, 0, 0, 0, 0, 0, 106, 107, 0, 0, 0, -30, -30, 0, -30, 0, -30, 0, -30, -30, -30, 0, -30, -30, -30, -30, 0, 0, 0, 0,
        // State 20
        -33, -33, 108, -33, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, -33, 0, -33, 0, -33, 0, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 21
        -58, -58, -58, -58, -58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -58, -58, 0, -58, 0, -58, 0, -58, 0, 0, 0, 0, 0, 110, 109, 0, 0, 0, 0,
        // State 22
        -73, -73, -73, -73, -73, 0, 0, 0, 0, 0, 0, 0, 0, -73, -73, 111, 112, 0, -73, -73, 0, -73, 0, -73, 0, -73, -73, -73, 0, -73, -73, -73, -73, 0, 0, 0, 0,
        // State 23
        -76, -76, 0, 113, -76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -76, -76, 0, -76, 0, -76, 0, -76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 24
        -101, -101, -101, -101, -101, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -101, -101, 0, -101, 0, -101, 0, -101, 114, 116, 0, 115, 117, -101, -101, 0, 0, 0, 0,
        // State 25
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 26
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 27
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 28
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 29
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 30
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 31
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 32
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 33
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, -43, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 34
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 35
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 36
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 37
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 38
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 39
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 40
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 41
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 42
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 43
        0, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 44
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 45
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 46
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, -45, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 47
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 48
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 49
        29, 0, 0, 0, 0, 0, 95, 98, 96, 97, 52, 99, 100, 0, 28, 0, 0, 0, 0, 0, 0, 0, 30, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 101,
        // State 50
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 51
        -67, -67, -67, -67, -67, 0, 0, 0, 0, 0, 0, 0, 0, -67, -67, -67, -67, -67, -67, -67, -67, -67, 0, -67, -67, -67, -67, -67, -67, -67, -67, -67, -67, 0, 0, -67, 0,
        // State 52
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 53
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 54
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0,
        // State 55
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0, 0, -50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 56
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 67, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 57
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0,
        // State 58
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 68, 0, 0, 0, 0, 0, 0, 0, 0, -54, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 59
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 69, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 60
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 70, 0, 0, 0, 0, 0, 0, -52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 61
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0,
        // State 62
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0,
        // State 63
        0, 0, 0, 0, 0, -21, 0, 0, 0, 0, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 64
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0,
        // State 65
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 74, 0, 0, 0, 0, 0, 0, 0, 0, -56, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 66
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -126, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 67
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 68
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0,
        // State 69
        0, 0, 0, 0, 0, -22, 0, 0, 0, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 70
        -120, -120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -120, 0, 0, -120, 0, -120, 0, -120, 15, -120, -120, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 71
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -85, 0, 0, 0, 0, 0, 0, -85, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 72
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0,
        // State 73
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 74
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -123, 0, 0, 0, 0, 0, 0, 0, 0, -123, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 75
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 76
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -81, 0, 0, 0, 0, 0, 0, -81, 0, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 77
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -83, 0, 0, 0, 0, 0, 0, -83, 0, 0, 31, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 78
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 79
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 104, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 80
        -119, -119, -119, -119, -119, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -119, -119, 0, -119, 0, -119, 0, -119, -119, -119, 0, -119, -119, -119, -119, 0, 0, 0, 0,
        // State 81
        -117, -117, 0, -117, -117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -117, -117, 0, -117, 0, -117, 0, -117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 82
        -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 83
        -111, -111, -111, -111, -111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -111, -111, 0, -111, 0, -111, 0, -111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 84
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -84, 0, 0, 0, 0, 0, 0, -84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 85
        -95, -95, -95, -95, -95, 0, 0, 0, 0, 0, 0, 0, 0, -95, -95, -95, -95, -95, -95, -95, -95, -95, 0, -95, 34, -95, -95, -95, 0, -95, -95, -95, -95, 0, 0, 0, 0,
        // State 86
        -97, -97, -97, -97, -97, 0, 0, 0, 0, 0, 0, 0, 0, -97, -97, -97, -97, -97, -97, -97, -97, -97, 0, -97, 0, -97, -97, -97, 0, -97, -97, -97, -97, 0, 0, 0, 0,
        // State 87
        -109, -109, -109, -109, -109, 0, 0, 0, 0, 0, 0, 0, 0, -109, -109, 0, 0, 0, -109, -109, 0, -109, 0, -109, 0, -109, -109, -109, 0, -109, -109, -109, -109, 0, 0, 0, 0,
        // State 88
        -90, -90, 0, 0, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -90, 35, 0, -90, 0, -90, 0, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 89
        -62, -62, 0, 0, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -62, 0, 0, -62, 0, -62, 0, -62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 90
        -131, -131, -131, -131, -131, 0, 0, 0, 0, 0, 0, 0, 0, -131, -131, -131, -131, 37, -131, -131, 38, -131, 0, -131, 0, -131, -131, -131, 0, -131, -131, -131, -131, 0, 0, 0, 0,
        // State 91
        -94, -94, -94, -94, -94, 0, 0, 0, 0, 0, 0, 0, 0, -94, -94, -94, -94, -94, -94, -94, -94, -94, 0, -94, 0, -94, -94, -94, 0, -94, -94, -94, -94, 0, 0, 0, 0,
        // State 92
        -113, -113, -113, -113, -113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -113, -113, 0, -113, 0, -113, 0, -113, 0, 0, 0, 0, 0, -113, -113, 0, 0, 0, 0,
        // State 93
        -115, -115, -115, -115, -115, 0, 0, 0, 0, 0, 0, 0, 0, -115, -115, -115, -115, 0, -115, -115, 0, -115, 0, -115, 0, -115, -115, -115, 0, -115, -115, -115, -115, 0, 0, 0, 0,
        // State 94
        -96, -96, -96, -96, -96, 0, 0, 0, 0, 0, 0, 0, 0, -96, -96, -96, -96, -96, -96, -96, -96, -96, 0, -96, 0, -96, -96, -96, 0, -96, -96, -96, -96, 0, 0, 0, 0,
        // State 95
        -71, -71, -71, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, -71, -71, -71, -71, -71, -71, -71, -71, -71, 0, -71, 0, -71, -71, -71, 0, -71, -71, -71, -71, 0, 0, 0, 0,
        // State 96
        -72, -72, -72, -72, -72, 0, 0, 0, 0, 0, 0, 0, 0, -72, -72, -72, -72, -72, -72, -72, -72, -72, 0, -72, 0, -72, -72, -72, 0, -72, -72, -72, -72, 0, 0, 0, 0,
        // State 97
        -70, -70, -70, -70, -70, 0, 0, 0, 0, 0, 0, 0, 0, -70, -70, -70, -70, -70, -70, -70, -70, -70, 0, -70, 0, -70, -70, -70, 0, -70, -70, -70, -70, 0, 0, 0, 0,
        // State 98
        -68, -68, -68, -68, -68, 0, 0, 0, 0, 0, 0, 0, 0, -68, -68, -68, -68, -68, -68, -68, -68, -68, 0, -68, 0, -68, -68, -68, 0, -68, -68, -68, -68, 0, 0, 0, 0,
        // State 99
        -69, -69, -69, -69, -69, 0, 0, 0, 0, 0, 0, 0, 0, -69, -69, -69, -69, -69, -69, -69, -69, -69, 0, -69, 0, -69, -69, -69, 0, -69, -69, -69, -69, 0, 0, 0, 0,
        // State 100
        -100, -100, -100, -100, -100, 0, 0, 0, 0, 0, 0, 0, 0, -100, -100, -100, -100, -100, -100, -100, -100, -100, 0, -100, 0, -100, -100, -100, 0, -100, -100, -100, -100, 0, 0, 0, 0,
        // State 101
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -79, 0, 0, 0, 0, 0, 0, -79, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 102
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -80, 0, 0, 0, 0, 0, 0, -80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 103
        -121, -121, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -121, 0, 0, -121, 0, -121, 0, -121, 0, -121, -121, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 104
        -41, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 105
        0, 0, 0, 0, 0, 0, -31, -31, -31, -31, -31, -31, -31, 0, -31, 0, 0, 0, 0, 0, 0, 0, -31, 0, -31, 0, 0, 0, 0, 0, 0, 0, 0, -31, 0, 0, -31,
        // State 106
        0, 0, 0, 0, 0, 0, -32, -32, -32, -32, -32, -32, -32, 0, -32, 0, 0, 0, 0, 0, 0, 0, -32, 0, -32, 0, 0, 0, 0, 0, 0, 0, 0, -32, 0, 0, -32,
        // State 107
        0, 0, 0, 0, 0, 0, -34, -34, -34, -34, -34, -34, -34, 0, -34, 0, 0, 0, 0, 0, 0, 0, -34, 0, -34, 0, 0, 0, 0, 0, 0, 0, 0, -34, 0, 0, -34,
        // State 108
        0, 0, 0, 0, 0, 0, -60, -60, -60, -60, -60, -60, -60, 0, -60, 0, 0, 0, 0, 0, 0, 0, -60, 0, -60, 0, 0, 0, 0, 0, 0, 0, 0, -60, 0, 0, -60,
        // State 109
        0, 0, 0, 0, 0, 0, -59, -59, -59, -59, -59, -59, -59, 0, -59, 0, 0, 0, 0, 0, 0, 0, -59, 0, -59, 0, 0, 0, 0, 0, 0, 0, 0, -59, 0, 0, -59,
        // State 110
        0, 0, 0, 0, 0, 0, -74, -74, -74, -74, -74, -74, -74, 0, -74, 0, 0, 0, 0, 0, 0, 0, -74, 0, -74, 0, 0, 0, 0, 0, 0, 0, 0, -74, 0, 0, -74,
        // State 111
        0, 0, 0, 0, 0, 0, -75, -75, -75, -75, -75, -75, -75, 0, -75, 0, 0, 0, 0, 0, 0, 0, -75, 0, -75, 0, 0, 0, 0, 0, 0, 0, 0, -75, 0, 0, -75,
        // State 112
        0, 0, 0, 0, 0, 0, -77, -77, -77, -77, -77, -77, -77, 0, -77, 0, 0, 0, 0, 0, 0, 0, -77, 0, -77, 0, 0, 0, 0, 0, 0, 0, 0, -77, 0, 0, -77,
        // State 113
        0, 0, 0, 0, 0, 0, -102, -102, -102, -102, -102, -102, -102, 0, -102, 0, 0, 0, 0, 0, 0, 0, -102, 0, -102, 0, 0, 0, 0, 0, 0, 0, 0, -102, 0, 0, -102,
        // State 114
        0, 0, 0, 0, 0, 0, -104, -104, -104, -104, -104, -104, -104, 0, -104, 0, 0, 0, 0, 0, 0, 0, -104, 0, -104, 0, 0, 0, 0, 0, 0, 0, 0, -104, 0, 0, -104,
        // State 115
        0, 0, 0, 0, 0, 0, -103, -103, -103, -103, -103, -103, -103, 0, -103, 0, 0, 0, 0, 0, 0, 0, -103, 0, -103, 0, 0, 0, 0, 0, 0, 0, 0, -103, 0, 0, -103,
        // State 116
        0, 0, 0, 0, 0, 0, -105, -105, -105, -105, -105, -105, -105, 0, -105, 0, 0, 0, 0, 0, 0, 0, -105, 0, -105, 0, 0, 0, 0, 0, 0, 0, 0, -105, 0, 0, -105,
        // State 117
        -130, -130, -130, -130, -130, 0, 0, 0, 0, 0, 0, 0, 0, -130, -130, -130, -130, 0, -130, -130, 0, -130, 0, -130, 0, -130, -130, -130, 0, -130, -130, -130, -130, 0, 0, 0, 0,
        // State 118
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 142, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 119
        -129, -129, -129, -129, -129, 0, 0, 0, 0, 0, 0, 0, 0, -129, -129, -129, -129, 0, -129, -129, 0, -129, 0, -129, 0, -129, -129, -129, 0, -129, -129, -129, -129, 0, 0, 0, 0,
        // State 120
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 121
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 144, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 122
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 145, 0, 0, 0, 0, -46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 123
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -64, 0, 0, 0, 0, -64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49, 0,
        // State 124
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -82, 0, 0, 0, 0, 0, 0, -82, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 125
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 147, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 126
        -89, -89, 0, 0, -89, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -89, 0, 0, -89, 0, -89, 0, -89, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 127
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 149, 0, 0, 0, 0, 0, 0, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 128
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 129
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, 0, 0, 0, 0, 0, 0, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 130
        0, 0, -95, -95, -95, 0, 0, 0, 0, 0, 0, 0, 0, -95, -95, -95, -95, -95, -95, -95, -95, 0, 0, 0, 34, -95, -95, -95, 50, -95, -95, -95, -95, 0, 0, 0, 0,
        // State 131
        -88, -88, 0, 0, -88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -88, 0, 0, -88, 0, -88, 0, -88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 132
        -61, -61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -61, 0, 0, -61, 0, -61, 0, -61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 133
        -91, -91, -91, -91, -91, 0, 0, 0, 0, 0, 0, 0, 0, -91, -91, -91, -91, -91, -91, -91, -91, -91, 0, -91, 0, -91, -91, -91, 0, -91, -91, -91, -91, 0, 0, 0, 0,
        // State 134
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 151, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 135
        -108, -108, -108, -108, -108, 0, 0, 0, 0, 0, 0, 0, 0, -108, -108, 0, 0, 0, -108, -108, 0, -108, 0, -108, 0, -108, -108, -108, 0, -108, -108, -108, -108, 0, 0, 0, 0,
        // State 136
        -110, -110, -110, -110, -110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -110, -110, 0, -110, 0, -110, 0, -110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 137
        -112, -112, -112, -112, -112, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -112, -112, 0, -112, 0, -112, 0, -112, 0, 0, 0, 0, 0, -112, -112, 0, 0, 0, 0,
        // State 138
        -114, -114, -114, -114, -114, 0, 0, 0, 0, 0, 0, 0, 0, -114, -114, -114, -114, 0, -114, -114, 0, -114, 0, -114, 0, -114, -114, -114, 0, -114, -114, -114, -114, 0, 0, 0, 0,
        // State 139
        -116, -116, 0, -116, -116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -116, -116, 0, -116, 0, -116, 0, -116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 140
        -118, -118, -118, -118, -118, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -118, -118, 0, -118, 0, -118, 0, -118, -118, -118, 0, -118, -118, -118, -118, 0, 0, 0, 0,
        // State 141
        -98, -98, -98, -98, -98, 0, 0, 0, 0, 0, 0, 0, 0, -98, -98, -98, -98, -98, -98, -98, -98, -98, 0, -98, 0, -98, -98, -98, 0, -98, -98, -98, -98, 0, 0, 0, 0,
        // State 142
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 153, 0, 0, 0, 0, -48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 143
        -99, -99, -99, -99, -99, 0, 0, 0, 0, 0, 0, 0, 0, -99, -99, -99, -99, -99, -99, -99, -99, -99, 0, -99, 0, -99, -99, -99, 0, -99, -99, -99, -99, 0, 0, 0, 0,
        // State 144
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 145
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -78, 0, 0, 0, 0, 0, 0, -78, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 146
        -122, -122, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -122, 0, 0, -122, 0, -122, 0, -122, 0, -122, -122, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 147
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 155, 0, 0, 0, 0, 0, 0, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 148
        -11, 0, 0, 0, 0, 0, -11, -11, -11, -11, -11, -11, -11, 0, -11, 0, 0, 0, 0, 0, 0, 0, -11, 0, -11, -11, 0, 0, 0, 0, 0, 0, 0, -11, 0, 0, -11,
        // State 149
        -93, -93, -93, -93, -93, 0, 0, 0, 0, 0, 0, 0, 0, -93, -93, -93, -93, -93, -93, -93, -93, -93, 0, -93, 0, -93, -93, -93, 0, -93, -93, -93, -93, 0, 0, 0, 0,
        // State 150
        -92, -92, -92, -92, -92, 0, 0, 0, 0, 0, 0, 0, 0, -92, -92, -92, -92, -92, -92, -92, -92, -92, 0, -92, 0, -92, -92, -92, 0, -92, -92, -92, -92, 0, 0, 0, 0,
        // State 151
        -39, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 152
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 153
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -63, 0, 0, 0, 0, -63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 154
        -12, 0, 0, 0, 0, 0, -12, -12, -12, -12, -12, -12, -12, 0, -12, 0, 0, 0, 0, 0, 0, 0, -12, 0, -12, -12, 0, 0, 0, 0, 0, 0, 0, -12, 0, 0, -12,
        // State 155
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, 0, 0, 0, 0, 0, 0, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    fn __action(state: i16, integer: usize) -> i16 {
        __ACTION[(state as usize) * 37 + integer]
    }
    const __EOF_ACTION: &[i16] = &[
        // State 0
        0,
        // State 1
        0,
        // State 2
        0,
        // State 3
        0,
        // State 4
        0,
        // State 5
        0,
        // State 6
        0,
        // State 7
        0,
        // State 8
        0,
        // State 9
        0,
        // State 10
        0,
        // State 11
        0,
        // State 12
        0,
        // State 13
        0,
        // State 14
        0,
        // State 15
        0,
        // State 16
        0,
        // State 17
        0,
        // State 18
        0,
        // State 19
        0,
        // State 20
        0,
        // State 21
        0,
        // State 22
        0,
        // State 23
        0,
        // State 24
        0,
        // State 25
        0,
        // State 26
        0,
        // State 27
        0,
        // State 28
        0,
        // State 29
        0,
        // State 30
        0,
        // State 31
        0,
        // State 32
        0,
        // State 33
        0,
        // State 34
        0,
        // State 35
        0,
        // State 36
        0,
        // State 37
        0,
        // State 38
        0,
        // State 39
        0,
        // State 40
        0,
        // State 41
        0,
        // State 42
        0,
        // State 43
        0,
        // State 44
        0,
        // State 45
        0,
        // State 46
        0,
        // State 47
        0,
        // State 48
        0,
        // State 49
        0,
        // State 50
        -133,
        // State 51
        -67,
        // State 52
        0,
        // State 53
        0,
        // State 54
        0,
        // State 55
        0,
        // State 56
        0,
        // State 57
        0,
        // State 58
        0,
        // State 59
        0,
        // State 60
        0,
        // State 61
        0,
        // State 62
        0,
        // State 63
        0,
        // State 64
        0,
        // State 65
        0,
        // State 66
        0,
        // State 67
        0,
        // State 68
        0,
        // State 69
        0,
        // State 70
        -120,
        // State 71
        0,
        // State 72
        0,
        // State 73
        0,
        // State 74
        0,
        // State 75
        -107,
        // State 76
        0,
        // State 77
        0,
        // State 78
        -106,
        // State 79
        0,
        // State 80
        0,
        // State 81
        0,
        // State 82
        0,
        // State 83
        0,
        // State 84
        0,
        // State 85
        0,
        // State 86
        0,
        // State 87
        0,
        // State 88
        0,
        // State 89
        0,
        // State 90
        0,
        // State 91
        0,
        // State 92
        0,
        // State 93
        0,
        // State 94
        0,
        // State 95
        0,
        // State 96
        0,
        // State 97
        0,
        // State 98
        0,
        // State 99
        0,
        // State 100
        0,
        // State 101
        0,
        // State 102
        0,
        // State 103
        -121,
        // State 104
        0,
        // State 105
        0,
        // State 106
        0,
        // State 107
        0,
        // State 108
        0,
        // State 109
        0,
        // State 110
        0,
        // State 111
        0,
        // State 112
        0,
        // State 113
        0,
        // State 114
        0,
        // State 115
        0,
        // State 116
        0,
        // State 117
        0,
        // State 118
        0,
        // State 119
        0,
        // State 120
        0,
        // State 121
        0,
        // State 122
        0,
        // State 123
        0,
        // State 124
        0,
        // State 125
        0,
        // State 126
        0,
        // State 127
        0,
        // State 128
        0,
        // State 129
        0,
        // State 130
        0,
        // State 131
        0,
        // State 132
        0,
        // State 133
        0,
        // State 134
        0,
        // State 135
        0,
        // State 136
        0,
        // State 137
        0,
        // State 138
        0,
        // State 139
        0,
        // State 140
        0,
        // State 141
        0,
        // State 142
        0,
        // State 143
        0,
        // State 144
        0,
        // State 145
        0,
        // State 146
        -122,
        // State 147
        0,
        // State 148
        0,
        // State 149
        0,
        // State 150
        0,
        // State 151
        0,
        // State 152
        0,
        // State 153
        0,
        // State 154
        0,
        // State 155
        0,
    ];
    fn __goto(state: i16, nt: usize) -> i16 {
        match nt {
            6 => 46,
            9 => 44,
            12 => 5,
            15 => 7,
            18 => match state {
                43 => 140,
                _ => 80,
            },
            19 => 38,
            20 => match state {
                42 => 139,
                _ => 81,
            },
            21 => 39,
            22 => match state {
                46 => 147,
                _ => 127,
            },
            24 => match state {
                18 => 104,
                _ => 82,
            },
            25 => 18,
            26 => 128,
            27 => 121,
            28 => match state {
                4 => 59,
                _ => 53,
            },
            29 => 56,
            30 => match state {
                39 => 136,
                _ => 83,
            },
            31 => 40,
            32 => match state {
                15 => 84,
                17 => 102,
                26 => 118,
                30 => 124,
                37 => 134,
                45 => 145,
                47 => 151,
                48 => 153,
                49 => 155,
                _ => 129,
            },
            33 => match state {
                44 => 142,
                _ => 122,
            },
            35 => match state {
                0 => 1,
                2 | 4..=5 => 54,
                3 | 7 => 57,
                6 => 64,
                8 | 10..=14 | 16 | 31 | 35 => 70,
                9 => 74,
                28 => 120,
                29 | 44 => 123,
                33 | 46 => 130,
                36 => 133,
                _ => 85,
            },
            36 => 86,
            37 => match state {
                38 => 135,
                _ => 87,
            },
            38 => 41,
            39 => 88,
            40 => 42,
            41 => match state {
                5 => 60,
                _ => 55,
            },
            43 => match state {
                32 => 126,
                34 => 131,
                _ => 89,
            },
            44 => 90,
            45 => 91,
            46 => match state {
                40 => 137,
                _ => 92,
            },
            47 => 43,
            48 => 50,
            49 => 19,
            50 => 20,
            51 => 21,
            52 => 22,
            53 => 23,
            54 => 24,
            55 => match state {
                10 => 75,
                11 => 76,
                12 => 77,
                13 => 78,
                14 => 79,
                16 => 101,
                31 => 125,
                35 => 132,
                _ => 71,
            },
            56 => match state {
                7 => 65,
                _ => 58,
            },
            58 => 52,
            60 => match state {
                25 => 117,
                27 => 119,
                41 => 138,
                _ => 93,
            },
            _ => 0,
        }
    }
    #[allow(clippy::needless_raw_string_hashes)]
    const __TERMINAL: &[&str] = &[
        r###""let""###,
        r###""in""###,
        r###""and""###,
        r###""or""###,
        r###""as""###,
        r###""const""###,
        r###""$input""###,
        r###""true""###,
        r###""false""###,
        r###""null""###,
        r###"ident"###,
        r###"number"###,
        r###"string"###,
        r###""+""###,
        r###""-""###,
        r###""*""###,
        r###""/""###,
        r###"".""###,
        r###"",""###,
        r###""|""###,
        r###""[""###,
        r###""]""###,
        r###""{""###,
        r###""}""###,
        r###""(""###,
        r###"")""###,
        r###""<""###,
        r###"">""###,
        r###""=""###,
        r###""<=""###,
        r###"">=""###,
        r###""==""###,
        r###""!=""###,
        r###""!""###,
        r###""->""###,
        r###"":""###,
    ];
    fn __expected_tokens(__state: i16) -> alloc::vec::Vec<alloc::string::String> {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            let next_state = __action(__state, index);
            if next_state == 0 {
                None
            } else {
                Some(alloc::string::ToString::to_string(terminal))
            }
        }).collect()
    }
    fn __expected_tokens_from_states<
        's,
        'e,
    >(
        __states: &[i16],
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> alloc::vec::Vec<alloc::string::String>
    where
        's: 'e,
    {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            if __accepts(None, __states, Some(index), core::marker::PhantomData::<(&(), &())>) {
                Some(alloc::string::ToString::to_string(terminal))
            } else {
                None
            }
        }).collect()
    }
    struct __StateMachine<'s, 'e>
    where 's: 'e
    {
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __phantom: core::marker::PhantomData<(&'s (), &'e ())>,
    }
    impl<'s, 'e> __state_machine::ParserDefinition for __StateMachine<'s, 'e>
    where 's: 'e
    {
        type Location = usize;
        type Error = ();
        type Token = Token<'s>;
        type TokenIndex = usize;
        type Symbol = __Symbol<'s>;
        type Success = Signature;
        type StateIndex = i16;
        type Action = i16;
        type ReduceIndex = i16;
        type NonterminalIndex = usize;

        #[inline]
        fn start_location(&self) -> Self::Location {
              Default::default()
        }

        #[inline]
        fn start_state(&self) -> Self::StateIndex {
              0
        }

        #[inline]
        fn token_to_index(&self, token: &Self::Token) -> Option<usize> {
            __token_to_integer(token, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn action(&self, state: i16, integer: usize) -> i16 {
            __action(state, integer)
        }

        #[inline]
        fn error_action(&self, state: i16) -> i16 {
            __action(state, 37 - 1)
        }

        #[inline]
        fn eof_action(&self, state: i16) -> i16 {
            __EOF_ACTION[state as usize]
        }

        #[inline]
        fn goto(&self, state: i16, nt: usize) -> i16 {
            __goto(state, nt)
        }

        fn token_to_symbol(&self, token_index: usize, token: Self::Token) -> Self::Symbol {
            __token_to_symbol(token_index, token, core::marker::PhantomData::<(&(), &())>)
        }

        fn expected_tokens(&self, state: i16) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens(state)
        }

        fn expected_tokens_from_states(&self, states: &[i16]) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens_from_states(states, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn uses_error_recovery(&self) -> bool {
            true
        }

        #[inline]
        fn error_recovery_symbol(
            &self,
            recovery: __state_machine::ErrorRecovery<Self>,
        ) -> Self::Symbol {
            __Symbol::Variant3(recovery)
        }

        fn reduce(
            &mut self,
            action: i16,
            start_location: Option<&Self::Location>,
            states: &mut alloc::vec::Vec<i16>,
            symbols: &mut alloc::vec::Vec<__state_machine::SymbolTriple<Self>>,
        ) -> Option<__state_machine::ParseResult<Self>> {
            __reduce(
                self.errors,
                action,
                start_location,
                states,
                symbols,
                core::marker::PhantomData::<(&(), &())>,
            )
        }

        fn simulate_reduce(&self, action: i16) -> __state_machine::SimulatedReduce<Self> {
            __simulate_reduce(action, core::marker::PhantomData::<(&(), &())>)
        }
    }
    fn __token_to_integer<
        's,
        'e,
    >(
        __token: &Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<usize>
    {
        #[warn(unused_variables)]
        match __token {
            Token::Let if true => Some(0),
            Token::In if true => Some(1),
            Token::And if true => Some(2),
            Token::Or if true => Some(3),
            Token::As if true => Some(4),
            Token::Const if true => Some(5),
            Token::Input if true => Some(6),
            Token::True if true => Some(7),
            Token::False if true => Some(8),
            Token::Null if true => Some(9),
            Token::Ident(_) if true => Some(10),
            Token::Number(_) if true => Some(11),
            Token::Str(_) if true => Some(12),
            Token::Plus if true => Some(13),
            Token::Minus if true => Some(14),
            Token::Star if true => Some(15),
            Token::Slash if true => Some(16),
            Token::Dot if true => Some(17),
            Token::Comma if true => Some(18),
            Token::Pipe if true => Some(19),
            Token::LBracket if true => Some(20),
            Token::RBracket if true => Some(21),
            Token::LBrace if true => Some(22),
            Token::RBrace if true => Some(23),
            Token::LParen if true => Some(24),
            Token::RParen if true => Some(25),
            Token::Lt if true => Some(26),
            Token::Gt if true => Some(27),
            Token::Assign if true => Some(28),
            Token::Le if true => Some(29),
            Token::Ge if true => Some(30),
            Token::EqEq if true => Some(31),
            Token::Ne if true => Some(32),
            Token::Bang if true => Some(33),
            Token::Arrow if true => Some(34),
            Token::Colon if true => Some(35),
            _ => None,
        }
    }
    fn __token_to_symbol<
        's,
        'e,
    >(
        __token_index: usize,
        __token: Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __Symbol<'s>
    {
        #[allow(clippy::manual_range_patterns)]match __token_index {
            0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 => __Symbol::Variant0(__token),
            10 | 11 => match __token {
                Token::Ident(__tok0) | Token::Number(__tok0) if true => __Symbol::Variant1(__tok0),
                _ => unreachable!(),
            },
            12 => match __token {
                Token::Str(__tok0) if true => __Symbol::Variant2(__tok0),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        }
    }
    fn __simulate_reduce<
        's,
        'e,
    >(
        __reduce_index: i16,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __state_machine::SimulatedReduce<__StateMachine<'s, 'e>>
    where
        's: 'e,
    {
        match __reduce_index {
            0 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 0,
                }
            }
            1 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 0,
                }
            }
            2 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 1,
                }
            }
            3 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 1,
                }
            }
            4 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 2,
                }
            }
            5 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 3,
                }
            }
            6 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 3,
                }
            }
            7 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 4,
                }
            }
            8 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 5,
                }
            }
            9 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 5,
                }
            }
            10 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 6,
                }
            }
            11 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 6,
                }
            }
            12 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 7,
                }
            }
            13 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 8,
                }
            }
            14 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 8,
                }
            }
            15 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 9,
                }
            }
            16 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 9,
                }
            }
            17 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 10,
                }
            }
            18 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 11,
                }
            }
            19 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 11,
                }
            }
            20 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 12,
                }
            }
            21 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 12,
                }
            }
            22 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 13,
                }
            }
            23 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 14,
                }
            }
            24 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 14,
                }
            }
            25 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 15,
                }
            }
            26 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 15,
                }
            }
            27 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 16,
                }
            }
            28 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 17,
                }
            }
            29 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 18,
                }
            }
            30 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            31 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            32 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 20,
                }
            }
            33 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 21,
                }
            }
            34 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 22,
                }
            }
            35 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 22,
                }
            }
            36 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 23,
                }
            }
            37 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 23,
                }
            }
            38 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 24,
                }
            }
            39 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 25,
                }
            }
            40 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 25,
                }
            }
            41 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            42 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 26,
                }
            }
            43 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 26,
                }
            }
            44 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            45 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            46 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 27,
                }
            }
            47 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 27,
                }
            }
            48 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            49 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            50 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 28,
                }
            }
            51 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 28,
                }
            }
            52 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            53 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            54 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 29,
                }
            }
            55 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 29,
                }
            }
            56 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            57 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 30,
                }
            }
            58 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            59 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            60 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 32,
                }
            }
            61 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 32,
                }
            }
            62 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 33,
                }
            }
            63 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 33,
                }
            }
            64 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 34,
                }
            }
            65 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 34,
                }
            }
            66 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 35,
                }
            }
            67 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            68 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            69 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            70 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            71 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            72 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 37,
                }
            }
            73 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            74 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            75 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 39,
                }
            }
            76 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 40,
                }
            }
            77 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 41,
                }
            }
            78 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            79 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            80 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            81 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            82 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            83 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            84 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 41,
                }
            }
            85 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 42,
                }
            }
            86 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 42,
                }
            }
            87 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            88 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            89 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 43,
                }
            }
            90 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 44,
                }
            }
            91 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            92 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            93 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 44,
                }
            }
            94 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            95 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            96 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            97 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            98 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            99 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            100 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 46,
                }
            }
            101 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            102 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            103 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            104 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            105 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 48,
                }
            }
            106 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 48,
                }
            }
            107 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 49,
                }
            }
            108 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 49,
                }
            }
            109 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 50,
                }
            }
            110 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 50,
                }
            }
            111 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 51,
                }
            }
            112 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 51,
                }
            }
            113 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 52,
                }
            }
            114 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 52,
                }
            }
            115 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 53,
                }
            }
            116 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 53,
                }
            }
            117 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 54,
                }
            }
            118 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 54,
                }
            }
            119 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 55,
                }
            }
            120 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 55,
                }
            }
            121 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 55,
                }
            }
            122 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 56,
                }
            }
            123 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 57,
                }
            }
            124 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 57,
                }
            }
            125 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 58,
                }
            }
            126 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 59,
                }
            }
            127 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 59,
                }
            }
            128 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            129 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            130 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 60,
                }
            }
            131 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 61,
                }
            }
            132 => __state_machine::SimulatedReduce::Accept,
            133 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 63,
                }
            }
            _ => panic!("invalid reduction index {__reduce_index}")
        }
    }
    pub struct SignatureParser {
        _priv: (),
    }

    impl Default for SignatureParser { fn default() -> Self { Self::new() } }
    impl SignatureParser {
        pub fn new() -> SignatureParser {
            SignatureParser {
                _priv: (),
            }
        }

        #[allow(dead_code)]
        pub fn parse<
            's,
            'e,
            __TOKEN: __ToTriple<'s, 'e, >,
            __TOKENS: IntoIterator<Item=__TOKEN>,
        >(
            &self,
            errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
            __tokens0: __TOKENS,
        ) -> Result<Signature, __lalrpop_util::ParseError<usize, Token<'s>, ()>>
        {
            let __tokens = __tokens0.into_iter();
            let mut __tokens = __tokens.map(|t| __ToTriple::to_triple(t));
            __state_machine::Parser::drive(
                __StateMachine {
                    errors,
                    __phantom: core::marker::PhantomData::<(&(), &())>,
                },
                __tokens,
            )
        }
    }
    fn __accepts<
        's,
        'e,
    >(
        __error_state: Option<i16>,
        __states: &[i16],
        __opt_integer: Option<usize>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> bool
    where
        's: 'e,
    {
        let mut __states = __states.to_vec();
        __states.extend(__error_state);
        loop {
            let mut __states_len = __states.len();
            let __top = __states[__states_len - 1];
            let __action = match __opt_integer {
                None => __EOF_ACTION[__top as usize],
                Some(__integer) => __action(__top, __integer),
            };
            if __action == 0 { return false; }
            if __action > 0 { return true; }
            let (__to_pop, __nt) = match __simulate_reduce(-(__action + 1), core::marker::PhantomData::<(&(), &())>) {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop, nonterminal_produced
                } => (states_to_pop, nonterminal_produced),
                __state_machine::SimulatedReduce::Accept => return true,
            };
            __states_len -= __to_pop;
            __states.truncate(__states_len);
            let __top = __states[__states_len - 1];
            let __next_state = __goto(__top, __nt);
            __states.push(__next_state);
        }
    }
    fn __reduce<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __action: i16,
        __lookahead_start: Option<&usize>,
        __states: &mut alloc::vec::Vec<i16>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<Result<Signature,__lalrpop_util::ParseError<usize, Token<'s>, ()>>>
    {
        let (__pop_states, __nonterminal) = match __action {
            0 => {
                __reduce0(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            1 => {
                __reduce1(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            2 => {
                __reduce2(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            3 => {
                __reduce3(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            4 => {
                __reduce4(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            5 => {
                __reduce5(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            6 => {
                __reduce6(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            7 => {
                __reduce7(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            8 => {
                __reduce8(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            9 => {
                __reduce9(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            10 => {
                __reduce10(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            11 => {
                __reduce11(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            12 => {
                __reduce12(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            13 => {
                __reduce13(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            14 => {
                __reduce14(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            15 => {
                __reduce15(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            16 => {
                __reduce16(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            17 => {
                __reduce17(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            18 => {
                __reduce18(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            19 => {
                __reduce19(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            20 => {
                __reduce20(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            21 => {
                __reduce21(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            22 => {
                __reduce22(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            23 => {
                __reduce23(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            24 => {
                __reduce24(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            25 => {
                __reduce25(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            26 => {
                __reduce26(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            27 => {
                __reduce27(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            28 => {
                __reduce28(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            29 => {
                __reduce29(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            30 => {
                __reduce30(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            31 => {
                __reduce31(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            32 => {
                __reduce32(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            33 => {
                __reduce33(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            34 => {
                __reduce34(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            35 => {
                __reduce35(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            36 => {
                __reduce36(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            37 => {
                __reduce37(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            38 => {
                __reduce38(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            39 => {
                __reduce39(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            40 => {
                __reduce40(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            41 => {
                __reduce41(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            42 => {
                __reduce42(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            43 => {
                __reduce43(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            44 => {
                __reduce44(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            45 => {
                __reduce45(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            46 => {
                __reduce46(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            47 => {
                __reduce47(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            48 => {
                __reduce48(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            49 => {
                __reduce49(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            50 => {
                __reduce50(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            51 => {
                __reduce51(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            52 => {
                __reduce52(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            53 => {
                __reduce53(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            54 => {
                __reduce54(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            55 => {
                __reduce55(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            56 => {
                __reduce56(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            57 => {
                __reduce57(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            58 => {
                __reduce58(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            59 => {
                __reduce59(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            60 => {
                __reduce60(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            61 => {
                __reduce61(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            62 => {
                __reduce62(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            63 => {
                __reduce63(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            64 => {
                __reduce64(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            65 => {
                __reduce65(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            66 => {
                __reduce66(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            67 => {
                __reduce67(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            68 => {
                __reduce68(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            69 => {
                __reduce69(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            70 => {
                __reduce70(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            71 => {
                __reduce71(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            72 => {
                __reduce72(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            73 => {
                __reduce73(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            74 => {
                __reduce74(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            75 => {
                __reduce75(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            76 => {
                __reduce76(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            77 => {
                __reduce77(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            78 => {
                __reduce78(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            79 => {
                __reduce79(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            80 => {
                __reduce80(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            81 => {
                __reduce81(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            82 => {
                __reduce82(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            83 => {
                __reduce83(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            84 => {
                __reduce84(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            85 => {
                __reduce85(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            86 => {
                __reduce86(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            87 => {
                __reduce87(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            88 => {
                __reduce88(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            89 => {
                __reduce89(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            90 => {
                __reduce90(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            91 => {
                __reduce91(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            92 => {
                __reduce92(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            93 => {
                __reduce93(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            94 => {
                __reduce94(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            95 => {
                __reduce95(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            96 => {
                __reduce96(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            97 => {
                __reduce97(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            98 => {
                __reduce98(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            99 => {
                __reduce99(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            100 => {
                __reduce100(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            101 => {
                __reduce101(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            102 => {
                __reduce102(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            103 => {
                __reduce103(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            104 => {
                __reduce104(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            105 => {
                __reduce105(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            106 => {
                __reduce106(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            107 => {
                __reduce107(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            108 => {
                __reduce108(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            109 => {
                __reduce109(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            110 => {
                __reduce110(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            111 => {
                __reduce111(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            112 => {
                __reduce112(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            113 => {
                __reduce113(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            114 => {
                __reduce114(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            115 => {
                __reduce115(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            116 => {
                __reduce116(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            117 => {
                __reduce117(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            118 => {
                __reduce118(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            119 => {
                __reduce119(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            120 => {
                // Type = Ident, "<", Type, ">" => ActionFn(187);
                assert!(__symbols.len() >= 4);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym3.2.clone();
                let __nt = match super::__action187::<>(errors, __sym0, __sym1, __sym2, __sym3) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (4, 55)
            }
            121 => {
                // Type = Ident, "<", Type, ",", Type, ">" => ActionFn(188);
                assert!(__symbols.len() >= 6);
                let __sym5 = __pop_Variant0(__symbols);
                let __sym4 = __pop_Variant29(__symbols);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym5.2.clone();
                let __nt = match super::__action188::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (6, 55)
            }
            122 => {
                __reduce122(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            123 => {
                __reduce123(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            124 => {
                __reduce124(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            125 => {
                __reduce125(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            126 => {
                __reduce126(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            127 => {
                __reduce127(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            128 => {
                __reduce128(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            129 => {
                __reduce129(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            130 => {
                __reduce130(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            131 => {
                __reduce131(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            132 => {
                // __Signature = Signature => ActionFn(2);
                let __sym0 = __pop_Variant28(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym0.2.clone();
                let __nt = super::__action2::<>(errors, __sym0);
                return Some(Ok(__nt));
            }
            133 => {
                __reduce133(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            _ => panic!("invalid action code {__action}")
        };
        let __states_len = __states.len();
        __states.truncate(__states_len - __pop_states);
        let __state = *__states.last().unwrap();
        let __next_state = __goto(__state, __nonterminal);
        __states.push(__next_state);
        None
    }
    #[inline(never)]
    fn __symbol_type_mismatch() -> ! {
        panic!("symbol type mismatch")
    }
    fn __pop_Variant13<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, (Ident, Ident), usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant13(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant7<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Arg, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant7(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant16<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, BinaryOp, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant16(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant18<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Binding, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant18(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant2<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Cow<'s, str>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant2(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant5<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Expr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant5(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant9<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Field, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant9(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant25<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Ident, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant25(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant26<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Literal, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant26(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant30<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant30(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant17<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant17(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant6<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Expr>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant6(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant24<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant24(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant27<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant27(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant4<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Token<'s>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant4(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant31<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Vec<(Ident, Ident)>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant31(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant11<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Param, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant11(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant28<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Signature, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant28(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant0<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Token<'s>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant0(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant29<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, TypeExpr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant29(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant23<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant23(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant20<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant20(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant21<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant21(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant22<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant22(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant3<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant3(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant14<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant14(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant8<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant8(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant19<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Binding>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant19(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant10<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant10(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant12<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant12(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant15<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, usize, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant15(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant1<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, &'s str, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant1(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __reduce0<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? = "+" => ActionFn(60);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action60::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 0)
    }
    fn __reduce1<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? =  => ActionFn(61);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action61::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 0)
    }
    fn __reduce2<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? = "const" => ActionFn(62);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action62::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 1)
    }
    fn __reduce3<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? =  => ActionFn(63);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action63::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 1)
    }
    fn __reduce4<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>) = "=", Expr => ActionFn(59);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action59::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 2)
    }
    fn __reduce5<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? = "=", Expr => ActionFn(120);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action120::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (2, 3)
    }
    fn __reduce6<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? =  => ActionFn(58);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action58::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (0, 3)
    }
    fn __reduce7<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",") = Arg, "," => ActionFn(90);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action90::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (2, 4)
    }
    fn __reduce8<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* =  => ActionFn(88);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action88::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (0, 5)
    }
    fn __reduce9<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* = (<Arg> ",")+ => ActionFn(89);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action89::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (1, 5)
    }
    fn __reduce10<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = Arg, "," => ActionFn(129);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action129::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (2, 6)
    }
    fn __reduce11<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = (<Arg> ",")+, Arg, "," => ActionFn(130);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action130::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (3, 6)
    }
    fn __reduce12<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",") = Field, "," => ActionFn(95);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action95::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (2, 7)
    }
    fn __reduce13<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* =  => ActionFn(93);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action93::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (0, 8)
    }
    fn __reduce14<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* = (<Field> ",")+ => ActionFn(94);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action94::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (1, 8)
    }
    fn __reduce15<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = Field, "," => ActionFn(133);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action133::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (2, 9)
    }
    fn __reduce16<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = (<Field> ",")+, Field, "," => ActionFn(134);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action134::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (3, 9)
    }
    fn __reduce17<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",") = Param, "," => ActionFn(100);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action100::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (2, 10)
    }
    fn __reduce18<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* =  => ActionFn(98);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action98::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (0, 11)
    }
    fn __reduce19<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* = (<Param> ",")+ => ActionFn(99);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action99::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (1, 11)
    }
    fn __reduce20<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = Param, "," => ActionFn(137);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action137::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (2, 12)
    }
    fn __reduce21<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = (<Param> ",")+, Param, "," => ActionFn(138);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action138::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (3, 12)
    }
    fn __reduce22<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",") = TypeParam, "," => ActionFn(105);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action105::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (2, 13)
    }
    fn __reduce23<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* =  => ActionFn(103);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action103::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (0, 14)
    }
    fn __reduce24<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* = (<TypeParam> ",")+ => ActionFn(104);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action104::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (1, 14)
    }
    fn __reduce25<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = TypeParam, "," => ActionFn(141);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action141::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (2, 15)
    }
    fn __reduce26<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = (<TypeParam> ",")+, TypeParam, "," => ActionFn(142);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action142::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (3, 15)
    }
    fn __reduce27<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @L =  => ActionFn(85);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action85::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 16)
    }
    fn __reduce28<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @R =  => ActionFn(84);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action84::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 17)
    }
    fn __reduce29<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddExpr = Tier<AddOp, MulExpr> => ActionFn(14);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action14::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 18)
    }
    fn __reduce30<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "+" => ActionFn(24);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action24::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce31<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "-" => ActionFn(25);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action25::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce32<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndExpr = Tier<AndOp, EqExpr> => ActionFn(11);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action11::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 20)
    }
    fn __reduce33<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndOp = "and" => ActionFn(17);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action17::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 21)
    }
    fn __reduce34<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Ident, "=", Expr => ActionFn(35);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action35::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (3, 22)
    }
    fn __reduce35<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Expr => ActionFn(36);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action36::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (1, 22)
    }
    fn __reduce36<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? = Arg => ActionFn(86);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action86::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (1, 23)
    }
    fn __reduce37<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? =  => ActionFn(87);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action87::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (0, 23)
    }
    fn __reduce38<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding = "let", Ident, "=", Expr => ActionFn(168);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant5(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action168::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant18(__nt), __end));
        (4, 24)
    }
    fn __reduce39<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding => ActionFn(82);
        let __sym0 = __pop_Variant18(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action82::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (1, 25)
    }
    fn __reduce40<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding+, Binding => ActionFn(83);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant18(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action83::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (2, 25)
    }
    fn __reduce41<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = Arg => ActionFn(191);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action191::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce42<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> =  => ActionFn(192);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action192::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (0, 26)
    }
    fn __reduce43<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+, Arg => ActionFn(193);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action193::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (2, 26)
    }
    fn __reduce44<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+ => ActionFn(194);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action194::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce45<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = Field => ActionFn(195);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action195::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce46<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> =  => ActionFn(196);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action196::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (0, 27)
    }
    fn __reduce47<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+, Field => ActionFn(197);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action197::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (2, 27)
    }
    fn __reduce48<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+ => ActionFn(198);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action198::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce49<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = Param => ActionFn(199);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action199::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce50<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> =  => ActionFn(200);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action200::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (0, 28)
    }
    fn __reduce51<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+, Param => ActionFn(201);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action201::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (2, 28)
    }
    fn __reduce52<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+ => ActionFn(202);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action202::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce53<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = TypeParam => ActionFn(203);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action203::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce54<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> =  => ActionFn(204);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action204::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (0, 29)
    }
    fn __reduce55<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+, TypeParam => ActionFn(205);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action205::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (2, 29)
    }
    fn __reduce56<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+ => ActionFn(206);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action206::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce57<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqExpr = Tier<EqOp, RelExpr> => ActionFn(12);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action12::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 30)
    }
    fn __reduce58<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "==" => ActionFn(18);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action18::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce59<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "!=" => ActionFn(19);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action19::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce60<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr, "as", Type => ActionFn(169);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action169::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 32)
    }
    fn __reduce61<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr => ActionFn(5);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action5::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 32)
    }
    fn __reduce62<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident, ":", Expr => ActionFn(48);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action48::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (3, 33)
    }
    fn __reduce63<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident => ActionFn(49);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action49::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (1, 33)
    }
    fn __reduce64<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? = Field => ActionFn(91);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action91::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (1, 34)
    }
    fn __reduce65<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? =  => ActionFn(92);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action92::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (0, 34)
    }
    fn __reduce66<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Ident = ident => ActionFn(170);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action170::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant25(__nt), __end));
        (1, 35)
    }
    fn __reduce67<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = number => ActionFn(43);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action43::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce68<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = string => ActionFn(44);
        let __sym0 = __pop_Variant2(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action44::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce69<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "true" => ActionFn(45);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action45::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce70<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "false" => ActionFn(46);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action46::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce71<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "null" => ActionFn(47);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action47::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce72<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulExpr = Tier<MulOp, Unary> => ActionFn(15);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action15::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 37)
    }
    fn __reduce73<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "*" => ActionFn(26);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action26::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce74<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "/" => ActionFn(27);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action27::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce75<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrExpr = Tier<OrOp, AndExpr> => ActionFn(10);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action10::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 39)
    }
    fn __reduce76<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrOp = "or" => ActionFn(16);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action16::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 40)
    }
    fn __reduce77<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type, "=", Expr => ActionFn(121);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant5(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action121::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (7, 41)
    }
    fn __reduce78<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type => ActionFn(122);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action122::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce79<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type, "=", Expr => ActionFn(123);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action123::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce80<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type => ActionFn(124);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action124::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce81<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type, "=", Expr => ActionFn(125);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action125::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce82<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type => ActionFn(126);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action126::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce83<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type, "=", Expr => ActionFn(127);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant5(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action127::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce84<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type => ActionFn(128);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action128::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (3, 41)
    }
    fn __reduce85<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? = Param => ActionFn(96);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action96::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (1, 42)
    }
    fn __reduce86<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? =  => ActionFn(97);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action97::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (0, 42)
    }
    fn __reduce87<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr, "|", PipeExpr => ActionFn(171);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action171::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce88<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = Binding+, "in", PipeExpr => ActionFn(172);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action172::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce89<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr => ActionFn(8);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action8::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 43)
    }
    fn __reduce90<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, ".", Ident => ActionFn(173);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action173::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 44)
    }
    fn __reduce91<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, "[", Expr, "]" => ActionFn(174);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action174::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce92<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Ident, "(", Comma<Arg>, ")" => ActionFn(175);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant20(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action175::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce93<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Primary => ActionFn(34);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action34::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 44)
    }
    fn __reduce94<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Ident => ActionFn(176);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action176::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce95<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "$input" => ActionFn(177);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action177::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce96<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Literal => ActionFn(178);
        let __sym0 = __pop_Variant26(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action178::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce97<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "(", Expr, ")" => ActionFn(40);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action40::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce98<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "{", Comma<Field>, "}" => ActionFn(179);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant21(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action179::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce99<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = error => ActionFn(180);
        let __sym0 = __pop_Variant3(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action180::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce100<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelExpr = Tier<RelOp, AddExpr> => ActionFn(13);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action13::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 46)
    }
    fn __reduce101<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<" => ActionFn(20);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action20::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce102<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">" => ActionFn(21);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action21::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce103<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<=" => ActionFn(22);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action22::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce104<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">=" => ActionFn(23);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action23::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce105<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, TypeParams, "(", Comma<Param>, ")", "->", Type => ActionFn(207);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant29(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant22(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action207::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (7, 48)
    }
    fn __reduce106<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, "(", Comma<Param>, ")", "->", Type => ActionFn(208);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant29(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant22(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action208::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (6, 48)
    }
    fn __reduce107<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = Tier<AddOp, MulExpr>, AddOp, MulExpr => ActionFn(181);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action181::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 49)
    }
    fn __reduce108<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = MulExpr => ActionFn(73);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action73::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 49)
    }
    fn __reduce109<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = Tier<AndOp, EqExpr>, AndOp, EqExpr => ActionFn(182);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action182::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 50)
    }
    fn __reduce110<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = EqExpr => ActionFn(79);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action79::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 50)
    }
    fn __reduce111<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = Tier<EqOp, RelExpr>, EqOp, RelExpr => ActionFn(183);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action183::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 51)
    }
    fn __reduce112<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = RelExpr => ActionFn(77);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action77::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 51)
    }
    fn __reduce113<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Tier<MulOp, Unary>, MulOp, Unary => ActionFn(184);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action184::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 52)
    }
    fn __reduce114<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Unary => ActionFn(71);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action71::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 52)
    }
    fn __reduce115<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = Tier<OrOp, AndExpr>, OrOp, AndExpr => ActionFn(185);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action185::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 53)
    }
    fn __reduce116<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = AndExpr => ActionFn(81);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action81::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 53)
    }
    fn __reduce117<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = Tier<RelOp, AddExpr>, RelOp, AddExpr => ActionFn(186);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action186::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 54)
    }
    fn __reduce118<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = AddExpr => ActionFn(75);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action75::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 54)
    }
    fn __reduce119<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Type = Ident => ActionFn(50);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action50::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant29(__nt), __end));
        (1, 55)
    }
    fn __reduce122<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam = Ident, ":", Ident => ActionFn(55);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action55::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (3, 56)
    }
    fn __reduce123<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? = TypeParam => ActionFn(101);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action101::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (1, 57)
    }
    fn __reduce124<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? =  => ActionFn(102);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action102::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (0, 57)
    }
    fn __reduce125<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams = "<", Comma<TypeParam>, ">" => ActionFn(54);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action54::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (3, 58)
    }
    fn __reduce126<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? = TypeParams => ActionFn(66);
        let __sym0 = __pop_Variant23(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action66::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (1, 59)
    }
    fn __reduce127<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? =  => ActionFn(67);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action67::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (0, 59)
    }
    fn __reduce128<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "-", Unary => ActionFn(189);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action189::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce129<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "!", Unary => ActionFn(190);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action190::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce130<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = Postfix => ActionFn(30);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action30::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 60)
    }
    fn __reduce131<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Expr = Expr => ActionFn(0);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action0::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 61)
    }
    fn __reduce133<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Type = Type => ActionFn(1);
        let __sym0 = __pop_Variant29(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action1::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant29(__nt), __end));
        (1, 63)
    }
}
#[allow(unused_imports)]
pub use self::__parse__Signature::SignatureParser;

#[rustfmt::skip]
#[allow(explicit_outlives_requirements, non_snake_case, non_camel_case_types, unused_mut, unused_variables, unused_imports, unused_parens, clippy::needless_lifetimes, clippy::type_complexity, clippy::needless_return, clippy::too_many_arguments, clippy::match_single_binding, clippy::clone_on_copy, clippy::unit_arg)]
mod __parse__Type {

    use std::borrow::Cow;
    use lalrpop_util::ErrorRecovery;
    use crate::syntax::ast::*;
    use crate::syntax::lexer::Token;
    use crate::diagnostics::Span;
    #[allow(unused_extern_crates)]
    extern crate lalrpop_util as __lalrpop_util;
    #[allow(unused_imports)]
    use self::__lalrpop_util::state_machine as __state_machine;
    #[allow(unused_extern_crates)]
    extern crate alloc;
    use super::__ToTriple;
    #[allow(dead_code)]
    pub(crate) enum __Symbol<'s>
     {
        Variant0(Token<'s>),
        Variant1(&'s str),
        Variant2(Cow<'s, str>),
        Variant3(__lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>),
        Variant4(Option<Token<'s>>),
        Variant5(Expr),
        Variant6(Option<Expr>),
        Variant7(Arg),
        Variant8(alloc::vec::Vec<Arg>),
        Variant9(Field),
        Variant10(alloc::vec::Vec<Field>),
        Variant11(Param),
        Variant12(alloc::vec::Vec<Param>),
        Variant13((Ident, Ident)),
        Variant14(alloc::vec::Vec<(Ident, Ident)>),
        Variant15(usize),
        Variant16(BinaryOp),
        Variant17(Option<Arg>),
        Variant18(Binding),
        Variant19(alloc::vec::Vec<Binding>),
        Variant20(Vec<Arg>),
        Variant21(Vec<Field>),
        Variant22(Vec<Param>),
        Variant23(Vec<(Ident, Ident)>),
        Variant24(Option<Field>),
        Variant25(Ident),
        Variant26(Literal),
        Variant27(Option<Param>),
        Variant28(Signature),
        Variant29(TypeExpr),
        Variant30(Option<(Ident, Ident)>),
        Variant31(Option<Vec<(Ident, Ident)>>),
    }
    const __ACTION: &[i16] = &[
        // State 0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 1
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 2
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 3
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -120, 0, 0, 0, 0, 0, 0, 0, 2, -120, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 4
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 5
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -67, 0, 0, 0, 0, 0, 0, 0, -67, -67, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 6
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 7
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -121, 0, 0, 0, 0, 0, 0, 0, 0, -121, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 8
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // State 9
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -122, 0, 0, 0, 0, 0, 0, 0, 0, -122, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    fn __action(state: i16, integer: usize) -> i16 {
        __ACTION[(state as usize) * 37 + integer]
    }
    const __EOF_ACTION: &[i16] = &[
        // State 0
        0,
        // State 1
        0,
        // State 2
        0,
        // State 3
        -120,
        // State 4
        -134,
        // State 5
        -67,
        // State 6
        0,
        // State 7
        -121,
        // State 8
        0,
        // State 9
        -122,
    ];
    fn __goto(state: i16, nt: usize) -> i16 {
        match nt {
            35 => 3,
            55 => match state {
                1 => 6,
                2 => 8,
                _ => 4,
            },
            _ => 0,
        }
    }
    #[allow(clippy::needless_raw_string_hashes)]
    const __TERMINAL: &[&str] = &[
        r###""let""###,
        r###""in""###,
        r###""and""###,
        r###""or""###,
        r###""as""###,
        r###""const""###,
        r###""$input""###,
        r###""true""###,
        r###""false""###,
        r###""null""###,
        r###"ident"###,
        r###"number"###,
        r###"string"###,
        r###""+""###,
        r###""-""###,
        r###""*""###,
        r###""/""###,
        r###"".""###,
        r###"",""###,
        r###""|""###,
        r###""[""###,
        r###""]""###,
        r###""{""###,
        r###""}""###,
        r###""(""###,
        r###"")""###,
        r###""<""###,
        r###"">""###,
        r###""=""###,
        r###""<=""###,
        r###"">=""###,
        r###""==""###,
        r###""!=""###,
        r###""!""###,
        r###""->""###,
        r###"":""###,
    ];
    fn __expected_tokens(__state: i16) -> alloc::vec::Vec<alloc::string::String> {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            let next_state = __action(__state, index);
            if next_state == 0 {
                None
            } else {
                Some(alloc::string::ToString::to_string(terminal))
            }
        }).collect()
    }
    fn __expected_tokens_from_states<
        's,
        'e,
    >(
        __states: &[i16],
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> alloc::vec::Vec<alloc::string::String>
    where
        's: 'e,
    {
        __TERMINAL.iter().enumerate().filter_map(|(index, terminal)| {
            if __accepts(None, __states, Some(index), core::marker::PhantomData::<(&(), &())>) {
                Some(alloc::string::ToString::to_string(terminal))
            } else {
                None
            }
        }).collect()
    }
    struct __StateMachine<'s, 'e>
    where 's: 'e
    {
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __phantom: core::marker::PhantomData<(&'s (), &'e ())>,
    }
    impl<'s, 'e> __state_machine::ParserDefinition for __StateMachine<'s, 'e>
    where 's: 'e
    {
        type Location = usize;
        type Error = ();
        type Token = Token<'s>;
        type TokenIndex = usize;
        type Symbol = __Symbol<'s>;
        type Success = TypeExpr;
        type StateIndex = i16;
        type Action = i16;
        type ReduceIndex = i16;
        type NonterminalIndex = usize;

        #[inline]
        fn start_location(&self) -> Self::Location {
              Default::default()
        }

        #[inline]
        fn start_state(&self) -> Self::StateIndex {
              0
        }

        #[inline]
        fn token_to_index(&self, token: &Self::Token) -> Option<usize> {
            __token_to_integer(token, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn action(&self, state: i16, integer: usize) -> i16 {
            __action(state, integer)
        }

        #[inline]
        fn error_action(&self, state: i16) -> i16 {
            __action(state, 37 - 1)
        }

        #[inline]
        fn eof_action(&self, state: i16) -> i16 {
            __EOF_ACTION[state as usize]
        }

        #[inline]
        fn goto(&self, state: i16, nt: usize) -> i16 {
            __goto(state, nt)
        }

        fn token_to_symbol(&self, token_index: usize, token: Self::Token) -> Self::Symbol {
            __token_to_symbol(token_index, token, core::marker::PhantomData::<(&(), &())>)
        }

        fn expected_tokens(&self, state: i16) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens(state)
        }

        fn expected_tokens_from_states(&self, states: &[i16]) -> alloc::vec::Vec<alloc::string::String> {
            __expected_tokens_from_states(states, core::marker::PhantomData::<(&(), &())>)
        }

        #[inline]
        fn uses_error_recovery(&self) -> bool {
            true
        }

        #[inline]
        fn error_recovery_symbol(
            &self,
            recovery: __state_machine::ErrorRecovery<Self>,
        ) -> Self::Symbol {
            __Symbol::Variant3(recovery)
        }

        fn reduce(
            &mut self,
            action: i16,
            start_location: Option<&Self::Location>,
            states: &mut alloc::vec::Vec<i16>,
            symbols: &mut alloc::vec::Vec<__state_machine::SymbolTriple<Self>>,
        ) -> Option<__state_machine::ParseResult<Self>> {
            __reduce(
                self.errors,
                action,
                start_location,
                states,
                symbols,
                core::marker::PhantomData::<(&(), &())>,
            )
        }

        fn simulate_reduce(&self, action: i16) -> __state_machine::SimulatedReduce<Self> {
            __simulate_reduce(action, core::marker::PhantomData::<(&(), &())>)
        }
    }
    fn __token_to_integer<
        's,
        'e,
    >(
        __token: &Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<usize>
    {
        #[warn(unused_variables)]
        match __token {
            Token::Let if true => Some(0),
            Token::In if true => Some(1),
            Token::And if true => Some(2),
            Token::Or if true => Some(3),
            Token::As if true => Some(4),
            Token::Const if true => Some(5),
            Token::Input if true => Some(6),
            Token::True if true => Some(7),
            Token::False if true => Some(8),
            Token::Null if true => Some(9),
            Token::Ident(_) if true => Some(10),
            Token::Number(_) if true => Some(11),
            Token::Str(_) if true => Some(12),
            Token::Plus if true => Some(13),
            Token::Minus if true => Some(14),
            Token::Star if true => Some(15),
            Token::Slash if true => Some(16),
            Token::Dot if true => Some(17),
            Token::Comma if true => Some(18),
            Token::Pipe if true => Some(19),
            Token::LBracket if true => Some(20),
            Token::RBracket if true => Some(21),
            Token::LBrace if true => Some(22),
            Token::RBrace if true => Some(23),
            Token::LParen if true => Some(24),
            Token::RParen if true => Some(25),
            Token::Lt if true => Some(26),
            Token::Gt if true => Some(27),
            Token::Assign if true => Some(28),
            Token::Le if true => Some(29),
            Token::Ge if true => Some(30),
            Token::EqEq if true => Some(31),
            Token::Ne if true => Some(32),
            Token::Bang if true => Some(33),
            Token::Arrow if true => Some(34),
            Token::Colon if true => Some(35),
            _ => None,
        }
    }
    fn __token_to_symbol<
        's,
        'e,
    >(
        __token_index: usize,
        __token: Token<'s>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __Symbol<'s>
    {
        #[allow(clippy::manual_range_patterns)]match __token_index {
            0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 => __Symbol::Variant0(__token),
            10 | 11 => match __token {
                Token::Ident(__tok0) | Token::Number(__tok0) if true => __Symbol::Variant1(__tok0),
                _ => unreachable!(),
            },
            12 => match __token {
                Token::Str(__tok0) if true => __Symbol::Variant2(__tok0),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        }
    }
    fn __simulate_reduce<
        's,
        'e,
    >(
        __reduce_index: i16,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> __state_machine::SimulatedReduce<__StateMachine<'s, 'e>>
    where
        's: 'e,
    {
        match __reduce_index {
            0 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 0,
                }
            }
            1 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 0,
                }
            }
            2 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 1,
                }
            }
            3 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 1,
                }
            }
            4 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 2,
                }
            }
            5 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 3,
                }
            }
            6 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 3,
                }
            }
            7 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 4,
                }
            }
            8 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 5,
                }
            }
            9 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 5,
                }
            }
            10 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 6,
                }
            }
            11 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 6,
                }
            }
            12 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 7,
                }
            }
            13 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 8,
                }
            }
            14 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 8,
                }
            }
            15 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 9,
                }
            }
            16 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 9,
                }
            }
            17 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 10,
                }
            }
            18 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 11,
                }
            }
            19 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 11,
                }
            }
            20 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 12,
                }
            }
            21 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 12,
                }
            }
            22 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 13,
                }
            }
            23 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 14,
                }
            }
            24 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 14,
                }
            }
            25 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 15,
                }
            }
            26 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 15,
                }
            }
            27 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 16,
                }
            }
            28 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 17,
                }
            }
            29 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 18,
                }
            }
            30 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            31 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 19,
                }
            }
            32 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 20,
                }
            }
            33 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 21,
                }
            }
            34 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 22,
                }
            }
            35 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 22,
                }
            }
            36 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 23,
                }
            }
            37 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 23,
                }
            }
            38 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 24,
                }
            }
            39 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 25,
                }
            }
            40 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 25,
                }
            }
            41 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            42 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 26,
                }
            }
            43 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 26,
                }
            }
            44 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 26,
                }
            }
            45 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            46 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 27,
                }
            }
            47 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 27,
                }
            }
            48 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 27,
                }
            }
            49 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            50 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 28,
                }
            }
            51 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 28,
                }
            }
            52 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 28,
                }
            }
            53 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            54 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 29,
                }
            }
            55 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 29,
                }
            }
            56 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 29,
                }
            }
            57 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 30,
                }
            }
            58 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            59 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 31,
                }
            }
            60 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 32,
                }
            }
            61 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 32,
                }
            }
            62 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 33,
                }
            }
            63 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 33,
                }
            }
            64 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 34,
                }
            }
            65 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 34,
                }
            }
            66 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 35,
                }
            }
            67 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            68 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            69 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            70 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            71 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 36,
                }
            }
            72 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 37,
                }
            }
            73 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            74 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 38,
                }
            }
            75 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 39,
                }
            }
            76 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 40,
                }
            }
            77 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 41,
                }
            }
            78 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            79 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            80 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            81 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 41,
                }
            }
            82 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 41,
                }
            }
            83 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 5,
                    nonterminal_produced: 41,
                }
            }
            84 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 41,
                }
            }
            85 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 42,
                }
            }
            86 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 42,
                }
            }
            87 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            88 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 43,
                }
            }
            89 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 43,
                }
            }
            90 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 44,
                }
            }
            91 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            92 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 44,
                }
            }
            93 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 44,
                }
            }
            94 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            95 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            96 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            97 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            98 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 45,
                }
            }
            99 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 45,
                }
            }
            100 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 46,
                }
            }
            101 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            102 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            103 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            104 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 47,
                }
            }
            105 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 7,
                    nonterminal_produced: 48,
                }
            }
            106 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 48,
                }
            }
            107 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 49,
                }
            }
            108 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 49,
                }
            }
            109 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 50,
                }
            }
            110 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 50,
                }
            }
            111 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 51,
                }
            }
            112 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 51,
                }
            }
            113 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 52,
                }
            }
            114 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 52,
                }
            }
            115 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 53,
                }
            }
            116 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 53,
                }
            }
            117 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 54,
                }
            }
            118 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 54,
                }
            }
            119 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 55,
                }
            }
            120 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 4,
                    nonterminal_produced: 55,
                }
            }
            121 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 6,
                    nonterminal_produced: 55,
                }
            }
            122 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 56,
                }
            }
            123 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 57,
                }
            }
            124 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 57,
                }
            }
            125 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 3,
                    nonterminal_produced: 58,
                }
            }
            126 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 59,
                }
            }
            127 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 0,
                    nonterminal_produced: 59,
                }
            }
            128 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            129 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 2,
                    nonterminal_produced: 60,
                }
            }
            130 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 60,
                }
            }
            131 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 61,
                }
            }
            132 => {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop: 1,
                    nonterminal_produced: 62,
                }
            }
            133 => __state_machine::SimulatedReduce::Accept,
            _ => panic!("invalid reduction index {__reduce_index}")
        }
    }
    pub struct TypeParser {
        _priv: (),
    }

    impl Default for TypeParser { fn default() -> Self { Self::new() } }
    impl TypeParser {
        pub fn new() -> TypeParser {
            TypeParser {
                _priv: (),
            }
        }

        #[allow(dead_code)]
        pub fn parse<
            's,
            'e,
            __TOKEN: __ToTriple<'s, 'e, >,
            __TOKENS: IntoIterator<Item=__TOKEN>,
        >(
            &self,
            errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
            __tokens0: __TOKENS,
        ) -> Result<TypeExpr, __lalrpop_util::ParseError<usize, Token<'s>, ()>>
        {
            let __tokens = __tokens0.into_iter();
            let mut __tokens = __tokens.map(|t| __ToTriple::to_triple(t));
            __state_machine::Parser::drive(
                __StateMachine {
                    errors,
                    __phantom: core::marker::PhantomData::<(&(), &())>,
                },
                __tokens,
            )
        }
    }
    fn __accepts<
        's,
        'e,
    >(
        __error_state: Option<i16>,
        __states: &[i16],
        __opt_integer: Option<usize>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> bool
    where
        's: 'e,
    {
        let mut __states = __states.to_vec();
        __states.extend(__error_state);
        loop {
            let mut __states_len = __states.len();
            let __top = __states[__states_len - 1];
            let __action = match __opt_integer {
                None => __EOF_ACTION[__top as usize],
                Some(__integer) => __action(__top, __integer),
            };
            if __action == 0 { return false; }
            if __action > 0 { return true; }
            let (__to_pop, __nt) = match __simulate_reduce(-(__action + 1), core::marker::PhantomData::<(&(), &())>) {
                __state_machine::SimulatedReduce::Reduce {
                    states_to_pop, nonterminal_produced
                } => (states_to_pop, nonterminal_produced),
                __state_machine::SimulatedReduce::Accept => return true,
            };
            __states_len -= __to_pop;
            __states.truncate(__states_len);
            let __top = __states[__states_len - 1];
            let __next_state = __goto(__top, __nt);
            __states.push(__next_state);
        }
    }
    fn __reduce<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __action: i16,
        __lookahead_start: Option<&usize>,
        __states: &mut alloc::vec::Vec<i16>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> Option<Result<TypeExpr,__lalrpop_util::ParseError<usize, Token<'s>, ()>>>
    {
        let (__pop_states, __nonterminal) = match __action {
            0 => {
                __reduce0(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            1 => {
                __reduce1(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            2 => {
                __reduce2(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            3 => {
                __reduce3(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            4 => {
                __reduce4(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            5 => {
                __reduce5(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            6 => {
                __reduce6(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            7 => {
                __reduce7(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            8 => {
                __reduce8(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            9 => {
                __reduce9(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            10 => {
                __reduce10(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            11 => {
                __reduce11(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            12 => {
                __reduce12(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            13 => {
                __reduce13(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            14 => {
                __reduce14(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            15 => {
                __reduce15(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            16 => {
                __reduce16(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            17 => {
                __reduce17(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            18 => {
                __reduce18(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            19 => {
                __reduce19(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            20 => {
                __reduce20(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            21 => {
                __reduce21(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            22 => {
                __reduce22(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            23 => {
                __reduce23(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            24 => {
                __reduce24(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            25 => {
                __reduce25(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            26 => {
                __reduce26(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            27 => {
                __reduce27(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            28 => {
                __reduce28(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            29 => {
                __reduce29(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            30 => {
                __reduce30(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            31 => {
                __reduce31(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            32 => {
                __reduce32(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            33 => {
                __reduce33(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            34 => {
                __reduce34(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            35 => {
                __reduce35(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            36 => {
                __reduce36(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            37 => {
                __reduce37(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            38 => {
                __reduce38(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            39 => {
                __reduce39(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            40 => {
                __reduce40(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            41 => {
                __reduce41(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            42 => {
                __reduce42(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            43 => {
                __reduce43(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            44 => {
                __reduce44(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            45 => {
                __reduce45(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            46 => {
                __reduce46(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            47 => {
                __reduce47(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            48 => {
                __reduce48(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            49 => {
                __reduce49(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            50 => {
                __reduce50(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            51 => {
                __reduce51(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            52 => {
                __reduce52(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            53 => {
                __reduce53(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            54 => {
                __reduce54(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            55 => {
                __reduce55(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            56 => {
                __reduce56(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            57 => {
                __reduce57(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            58 => {
                __reduce58(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            59 => {
                __reduce59(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            60 => {
                __reduce60(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            61 => {
                __reduce61(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            62 => {
                __reduce62(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            63 => {
                __reduce63(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            64 => {
                __reduce64(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            65 => {
                __reduce65(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            66 => {
                __reduce66(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            67 => {
                __reduce67(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            68 => {
                __reduce68(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            69 => {
                __reduce69(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            70 => {
                __reduce70(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            71 => {
                __reduce71(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            72 => {
                __reduce72(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            73 => {
                __reduce73(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            74 => {
                __reduce74(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            75 => {
                __reduce75(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            76 => {
                __reduce76(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            77 => {
                __reduce77(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            78 => {
                __reduce78(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            79 => {
                __reduce79(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            80 => {
                __reduce80(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            81 => {
                __reduce81(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            82 => {
                __reduce82(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            83 => {
                __reduce83(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            84 => {
                __reduce84(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            85 => {
                __reduce85(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            86 => {
                __reduce86(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            87 => {
                __reduce87(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            88 => {
                __reduce88(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            89 => {
                __reduce89(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            90 => {
                __reduce90(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            91 => {
                __reduce91(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            92 => {
                __reduce92(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            93 => {
                __reduce93(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            94 => {
                __reduce94(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            95 => {
                __reduce95(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            96 => {
                __reduce96(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            97 => {
                __reduce97(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            98 => {
                __reduce98(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            99 => {
                __reduce99(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            100 => {
                __reduce100(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            101 => {
                __reduce101(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            102 => {
                __reduce102(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            103 => {
                __reduce103(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            104 => {
                __reduce104(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            105 => {
                __reduce105(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            106 => {
                __reduce106(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            107 => {
                __reduce107(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            108 => {
                __reduce108(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            109 => {
                __reduce109(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            110 => {
                __reduce110(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            111 => {
                __reduce111(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            112 => {
                __reduce112(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            113 => {
                __reduce113(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            114 => {
                __reduce114(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            115 => {
                __reduce115(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            116 => {
                __reduce116(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            117 => {
                __reduce117(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            118 => {
                __reduce118(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            119 => {
                __reduce119(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            120 => {
                // Type = Ident, "<", Type, ">" => ActionFn(187);
                assert!(__symbols.len() >= 4);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym3.2.clone();
                let __nt = match super::__action187::<>(errors, __sym0, __sym1, __sym2, __sym3) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (4, 55)
            }
            121 => {
                // Type = Ident, "<", Type, ",", Type, ">" => ActionFn(188);
                assert!(__symbols.len() >= 6);
                let __sym5 = __pop_Variant0(__symbols);
                let __sym4 = __pop_Variant29(__symbols);
                let __sym3 = __pop_Variant0(__symbols);
                let __sym2 = __pop_Variant29(__symbols);
                let __sym1 = __pop_Variant0(__symbols);
                let __sym0 = __pop_Variant25(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym5.2.clone();
                let __nt = match super::__action188::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                __symbols.push((__start, __Symbol::Variant29(__nt), __end));
                (6, 55)
            }
            122 => {
                __reduce122(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            123 => {
                __reduce123(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            124 => {
                __reduce124(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            125 => {
                __reduce125(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            126 => {
                __reduce126(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            127 => {
                __reduce127(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            128 => {
                __reduce128(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            129 => {
                __reduce129(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            130 => {
                __reduce130(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            131 => {
                __reduce131(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            132 => {
                __reduce132(errors, __lookahead_start, __symbols, core::marker::PhantomData::<(&(), &())>)
            }
            133 => {
                // __Type = Type => ActionFn(1);
                let __sym0 = __pop_Variant29(__symbols);
                let __start = __sym0.0.clone();
                let __end = __sym0.2.clone();
                let __nt = super::__action1::<>(errors, __sym0);
                return Some(Ok(__nt));
            }
            _ => panic!("invalid action code {__action}")
        };
        let __states_len = __states.len();
        __states.truncate(__states_len - __pop_states);
        let __state = *__states.last().unwrap();
        let __next_state = __goto(__state, __nonterminal);
        __states.push(__next_state);
        None
    }
    #[inline(never)]
    fn __symbol_type_mismatch() -> ! {
        panic!("symbol type mismatch")
    }
    fn __pop_Variant13<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, (Ident, Ident), usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant13(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant7<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Arg, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant7(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant16<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, BinaryOp, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant16(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant18<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Binding, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant18(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant2<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Cow<'s, str>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant2(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant5<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Expr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant5(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant9<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Field, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant9(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant25<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Ident, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant25(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant26<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Literal, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant26(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant30<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant30(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant17<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant17(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant6<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Expr>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant6(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant24<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant24(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant27<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant27(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant4<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Token<'s>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant4(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant31<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Option<Vec<(Ident, Ident)>>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant31(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant11<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Param, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant11(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant28<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Signature, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant28(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant0<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Token<'s>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant0(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant29<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, TypeExpr, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant29(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant23<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant23(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant20<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant20(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant21<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant21(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant22<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant22(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant3<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant3(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant14<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<(Ident, Ident)>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant14(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant8<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Arg>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant8(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant19<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Binding>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant19(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant10<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Field>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant10(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant12<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, alloc::vec::Vec<Param>, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant12(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant15<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, usize, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant15(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __pop_Variant1<
      's,
    >(
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>
    ) -> (usize, &'s str, usize)
     {
        match __symbols.pop() {
            Some((__l, __Symbol::Variant1(__v), __r)) => (__l, __v, __r),
            _ => __symbol_type_mismatch()
        }
    }
    fn __reduce0<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? = "+" => ActionFn(60);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action60::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 0)
    }
    fn __reduce1<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "+"? =  => ActionFn(61);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action61::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 0)
    }
    fn __reduce2<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? = "const" => ActionFn(62);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action62::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (1, 1)
    }
    fn __reduce3<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // "const"? =  => ActionFn(63);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action63::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant4(__nt), __end));
        (0, 1)
    }
    fn __reduce4<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>) = "=", Expr => ActionFn(59);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action59::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 2)
    }
    fn __reduce5<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? = "=", Expr => ActionFn(120);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action120::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (2, 3)
    }
    fn __reduce6<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // ("=" <Expr>)? =  => ActionFn(58);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action58::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant6(__nt), __end));
        (0, 3)
    }
    fn __reduce7<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",") = Arg, "," => ActionFn(90);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action90::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (2, 4)
    }
    fn __reduce8<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* =  => ActionFn(88);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action88::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (0, 5)
    }
    fn __reduce9<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")* = (<Arg> ",")+ => ActionFn(89);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action89::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (1, 5)
    }
    fn __reduce10<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = Arg, "," => ActionFn(129);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action129::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (2, 6)
    }
    fn __reduce11<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Arg> ",")+ = (<Arg> ",")+, Arg, "," => ActionFn(130);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action130::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant8(__nt), __end));
        (3, 6)
    }
    fn __reduce12<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",") = Field, "," => ActionFn(95);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action95::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (2, 7)
    }
    fn __reduce13<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* =  => ActionFn(93);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action93::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (0, 8)
    }
    fn __reduce14<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")* = (<Field> ",")+ => ActionFn(94);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action94::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (1, 8)
    }
    fn __reduce15<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = Field, "," => ActionFn(133);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action133::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (2, 9)
    }
    fn __reduce16<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Field> ",")+ = (<Field> ",")+, Field, "," => ActionFn(134);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action134::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant10(__nt), __end));
        (3, 9)
    }
    fn __reduce17<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",") = Param, "," => ActionFn(100);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action100::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (2, 10)
    }
    fn __reduce18<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* =  => ActionFn(98);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action98::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (0, 11)
    }
    fn __reduce19<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")* = (<Param> ",")+ => ActionFn(99);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action99::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (1, 11)
    }
    fn __reduce20<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = Param, "," => ActionFn(137);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action137::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (2, 12)
    }
    fn __reduce21<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<Param> ",")+ = (<Param> ",")+, Param, "," => ActionFn(138);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action138::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant12(__nt), __end));
        (3, 12)
    }
    fn __reduce22<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",") = TypeParam, "," => ActionFn(105);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action105::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (2, 13)
    }
    fn __reduce23<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* =  => ActionFn(103);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action103::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (0, 14)
    }
    fn __reduce24<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")* = (<TypeParam> ",")+ => ActionFn(104);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action104::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (1, 14)
    }
    fn __reduce25<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = TypeParam, "," => ActionFn(141);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action141::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (2, 15)
    }
    fn __reduce26<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // (<TypeParam> ",")+ = (<TypeParam> ",")+, TypeParam, "," => ActionFn(142);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action142::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant14(__nt), __end));
        (3, 15)
    }
    fn __reduce27<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @L =  => ActionFn(85);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action85::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 16)
    }
    fn __reduce28<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // @R =  => ActionFn(84);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action84::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant15(__nt), __end));
        (0, 17)
    }
    fn __reduce29<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddExpr = Tier<AddOp, MulExpr> => ActionFn(14);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action14::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 18)
    }
    fn __reduce30<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "+" => ActionFn(24);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action24::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce31<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AddOp = "-" => ActionFn(25);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action25::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 19)
    }
    fn __reduce32<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndExpr = Tier<AndOp, EqExpr> => ActionFn(11);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action11::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 20)
    }
    fn __reduce33<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // AndOp = "and" => ActionFn(17);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action17::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 21)
    }
    fn __reduce34<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Ident, "=", Expr => ActionFn(35);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action35::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (3, 22)
    }
    fn __reduce35<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg = Expr => ActionFn(36);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action36::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant7(__nt), __end));
        (1, 22)
    }
    fn __reduce36<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? = Arg => ActionFn(86);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action86::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (1, 23)
    }
    fn __reduce37<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Arg? =  => ActionFn(87);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action87::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant17(__nt), __end));
        (0, 23)
    }
    fn __reduce38<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding = "let", Ident, "=", Expr => ActionFn(168);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant5(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action168::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant18(__nt), __end));
        (4, 24)
    }
    fn __reduce39<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding => ActionFn(82);
        let __sym0 = __pop_Variant18(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action82::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (1, 25)
    }
    fn __reduce40<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Binding+ = Binding+, Binding => ActionFn(83);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant18(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action83::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant19(__nt), __end));
        (2, 25)
    }
    fn __reduce41<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = Arg => ActionFn(191);
        let __sym0 = __pop_Variant7(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action191::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce42<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> =  => ActionFn(192);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action192::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (0, 26)
    }
    fn __reduce43<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+, Arg => ActionFn(193);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant7(__symbols);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action193::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (2, 26)
    }
    fn __reduce44<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Arg> = (<Arg> ",")+ => ActionFn(194);
        let __sym0 = __pop_Variant8(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action194::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant20(__nt), __end));
        (1, 26)
    }
    fn __reduce45<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = Field => ActionFn(195);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action195::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce46<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> =  => ActionFn(196);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action196::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (0, 27)
    }
    fn __reduce47<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+, Field => ActionFn(197);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant9(__symbols);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action197::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (2, 27)
    }
    fn __reduce48<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Field> = (<Field> ",")+ => ActionFn(198);
        let __sym0 = __pop_Variant10(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action198::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant21(__nt), __end));
        (1, 27)
    }
    fn __reduce49<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = Param => ActionFn(199);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action199::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce50<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> =  => ActionFn(200);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action200::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (0, 28)
    }
    fn __reduce51<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+, Param => ActionFn(201);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant11(__symbols);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action201::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (2, 28)
    }
    fn __reduce52<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<Param> = (<Param> ",")+ => ActionFn(202);
        let __sym0 = __pop_Variant12(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action202::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant22(__nt), __end));
        (1, 28)
    }
    fn __reduce53<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = TypeParam => ActionFn(203);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action203::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce54<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> =  => ActionFn(204);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action204::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (0, 29)
    }
    fn __reduce55<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+, TypeParam => ActionFn(205);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant13(__symbols);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action205::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (2, 29)
    }
    fn __reduce56<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Comma<TypeParam> = (<TypeParam> ",")+ => ActionFn(206);
        let __sym0 = __pop_Variant14(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action206::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (1, 29)
    }
    fn __reduce57<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqExpr = Tier<EqOp, RelExpr> => ActionFn(12);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action12::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 30)
    }
    fn __reduce58<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "==" => ActionFn(18);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action18::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce59<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // EqOp = "!=" => ActionFn(19);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action19::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 31)
    }
    fn __reduce60<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr, "as", Type => ActionFn(169);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action169::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 32)
    }
    fn __reduce61<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Expr = PipeExpr => ActionFn(5);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action5::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 32)
    }
    fn __reduce62<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident, ":", Expr => ActionFn(48);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action48::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (3, 33)
    }
    fn __reduce63<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field = Ident => ActionFn(49);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action49::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant9(__nt), __end));
        (1, 33)
    }
    fn __reduce64<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? = Field => ActionFn(91);
        let __sym0 = __pop_Variant9(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action91::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (1, 34)
    }
    fn __reduce65<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Field? =  => ActionFn(92);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action92::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant24(__nt), __end));
        (0, 34)
    }
    fn __reduce66<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Ident = ident => ActionFn(170);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action170::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant25(__nt), __end));
        (1, 35)
    }
    fn __reduce67<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = number => ActionFn(43);
        let __sym0 = __pop_Variant1(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action43::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce68<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = string => ActionFn(44);
        let __sym0 = __pop_Variant2(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action44::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce69<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "true" => ActionFn(45);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action45::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce70<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "false" => ActionFn(46);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action46::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce71<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Literal = "null" => ActionFn(47);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action47::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant26(__nt), __end));
        (1, 36)
    }
    fn __reduce72<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulExpr = Tier<MulOp, Unary> => ActionFn(15);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action15::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 37)
    }
    fn __reduce73<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "*" => ActionFn(26);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action26::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce74<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // MulOp = "/" => ActionFn(27);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action27::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 38)
    }
    fn __reduce75<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrExpr = Tier<OrOp, AndExpr> => ActionFn(10);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action10::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 39)
    }
    fn __reduce76<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // OrOp = "or" => ActionFn(16);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action16::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 40)
    }
    fn __reduce77<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type, "=", Expr => ActionFn(121);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant5(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action121::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (7, 41)
    }
    fn __reduce78<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, "+", ":", Type => ActionFn(122);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant29(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action122::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce79<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type, "=", Expr => ActionFn(123);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action123::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce80<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, "+", ":", Type => ActionFn(124);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action124::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce81<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type, "=", Expr => ActionFn(125);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant5(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action125::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (6, 41)
    }
    fn __reduce82<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = "const", Ident, ":", Type => ActionFn(126);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant29(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant25(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action126::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (4, 41)
    }
    fn __reduce83<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type, "=", Expr => ActionFn(127);
        assert!(__symbols.len() >= 5);
        let __sym4 = __pop_Variant5(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym4.2.clone();
        let __nt = super::__action127::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (5, 41)
    }
    fn __reduce84<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param = Ident, ":", Type => ActionFn(128);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant29(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action128::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant11(__nt), __end));
        (3, 41)
    }
    fn __reduce85<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? = Param => ActionFn(96);
        let __sym0 = __pop_Variant11(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action96::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (1, 42)
    }
    fn __reduce86<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Param? =  => ActionFn(97);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action97::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant27(__nt), __end));
        (0, 42)
    }
    fn __reduce87<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr, "|", PipeExpr => ActionFn(171);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action171::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce88<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = Binding+, "in", PipeExpr => ActionFn(172);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant19(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action172::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 43)
    }
    fn __reduce89<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // PipeExpr = OrExpr => ActionFn(8);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action8::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 43)
    }
    fn __reduce90<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, ".", Ident => ActionFn(173);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action173::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 44)
    }
    fn __reduce91<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Postfix, "[", Expr, "]" => ActionFn(174);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action174::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce92<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Ident, "(", Comma<Arg>, ")" => ActionFn(175);
        assert!(__symbols.len() >= 4);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant20(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym3.2.clone();
        let __nt = super::__action175::<>(errors, __sym0, __sym1, __sym2, __sym3);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (4, 44)
    }
    fn __reduce93<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Postfix = Primary => ActionFn(34);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action34::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 44)
    }
    fn __reduce94<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Ident => ActionFn(176);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action176::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce95<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "$input" => ActionFn(177);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action177::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce96<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = Literal => ActionFn(178);
        let __sym0 = __pop_Variant26(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action178::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce97<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "(", Expr, ")" => ActionFn(40);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action40::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce98<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = "{", Comma<Field>, "}" => ActionFn(179);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant21(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action179::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 45)
    }
    fn __reduce99<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Primary = error => ActionFn(180);
        let __sym0 = __pop_Variant3(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action180::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 45)
    }
    fn __reduce100<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelExpr = Tier<RelOp, AddExpr> => ActionFn(13);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action13::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 46)
    }
    fn __reduce101<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<" => ActionFn(20);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action20::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce102<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">" => ActionFn(21);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action21::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce103<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = "<=" => ActionFn(22);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action22::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce104<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // RelOp = ">=" => ActionFn(23);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action23::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant16(__nt), __end));
        (1, 47)
    }
    fn __reduce105<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, TypeParams, "(", Comma<Param>, ")", "->", Type => ActionFn(207);
        assert!(__symbols.len() >= 7);
        let __sym6 = __pop_Variant29(__symbols);
        let __sym5 = __pop_Variant0(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant22(__symbols);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym6.2.clone();
        let __nt = super::__action207::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5, __sym6);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (7, 48)
    }
    fn __reduce106<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Signature = Ident, "(", Comma<Param>, ")", "->", Type => ActionFn(208);
        assert!(__symbols.len() >= 6);
        let __sym5 = __pop_Variant29(__symbols);
        let __sym4 = __pop_Variant0(__symbols);
        let __sym3 = __pop_Variant0(__symbols);
        let __sym2 = __pop_Variant22(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym5.2.clone();
        let __nt = super::__action208::<>(errors, __sym0, __sym1, __sym2, __sym3, __sym4, __sym5);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (6, 48)
    }
    fn __reduce107<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = Tier<AddOp, MulExpr>, AddOp, MulExpr => ActionFn(181);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action181::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 49)
    }
    fn __reduce108<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AddOp, MulExpr> = MulExpr => ActionFn(73);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action73::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 49)
    }
    fn __reduce109<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = Tier<AndOp, EqExpr>, AndOp, EqExpr => ActionFn(182);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action182::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 50)
    }
    fn __reduce110<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<AndOp, EqExpr> = EqExpr => ActionFn(79);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action79::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 50)
    }
    fn __reduce111<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = Tier<EqOp, RelExpr>, EqOp, RelExpr => ActionFn(183);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action183::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 51)
    }
    fn __reduce112<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<EqOp, RelExpr> = RelExpr => ActionFn(77);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action77::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 51)
    }
    fn __reduce113<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Tier<MulOp, Unary>, MulOp, Unary => ActionFn(184);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action184::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 52)
    }
    fn __reduce114<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<MulOp, Unary> = Unary => ActionFn(71);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action71::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 52)
    }
    fn __reduce115<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = Tier<OrOp, AndExpr>, OrOp, AndExpr => ActionFn(185);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action185::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 53)
    }
    fn __reduce116<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<OrOp, AndExpr> = AndExpr => ActionFn(81);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action81::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 53)
    }
    fn __reduce117<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = Tier<RelOp, AddExpr>, RelOp, AddExpr => ActionFn(186);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant5(__symbols);
        let __sym1 = __pop_Variant16(__symbols);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action186::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (3, 54)
    }
    fn __reduce118<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Tier<RelOp, AddExpr> = AddExpr => ActionFn(75);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action75::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 54)
    }
    fn __reduce119<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Type = Ident => ActionFn(50);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action50::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant29(__nt), __end));
        (1, 55)
    }
    fn __reduce122<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam = Ident, ":", Ident => ActionFn(55);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant25(__symbols);
        let __sym1 = __pop_Variant0(__symbols);
        let __sym0 = __pop_Variant25(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action55::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant13(__nt), __end));
        (3, 56)
    }
    fn __reduce123<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? = TypeParam => ActionFn(101);
        let __sym0 = __pop_Variant13(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action101::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (1, 57)
    }
    fn __reduce124<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParam? =  => ActionFn(102);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action102::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant30(__nt), __end));
        (0, 57)
    }
    fn __reduce125<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams = "<", Comma<TypeParam>, ">" => ActionFn(54);
        assert!(__symbols.len() >= 3);
        let __sym2 = __pop_Variant0(__symbols);
        let __sym1 = __pop_Variant23(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym2.2.clone();
        let __nt = super::__action54::<>(errors, __sym0, __sym1, __sym2);
        __symbols.push((__start, __Symbol::Variant23(__nt), __end));
        (3, 58)
    }
    fn __reduce126<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? = TypeParams => ActionFn(66);
        let __sym0 = __pop_Variant23(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action66::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (1, 59)
    }
    fn __reduce127<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // TypeParams? =  => ActionFn(67);
        let __start = __lookahead_start.cloned().or_else(|| __symbols.last().map(|s| s.2.clone())).unwrap_or_default();
        let __end = __start.clone();
        let __nt = super::__action67::<>(errors, &__start, &__end);
        __symbols.push((__start, __Symbol::Variant31(__nt), __end));
        (0, 59)
    }
    fn __reduce128<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "-", Unary => ActionFn(189);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action189::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce129<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = "!", Unary => ActionFn(190);
        assert!(__symbols.len() >= 2);
        let __sym1 = __pop_Variant5(__symbols);
        let __sym0 = __pop_Variant0(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym1.2.clone();
        let __nt = super::__action190::<>(errors, __sym0, __sym1);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (2, 60)
    }
    fn __reduce130<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // Unary = Postfix => ActionFn(30);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action30::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 60)
    }
    fn __reduce131<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Expr = Expr => ActionFn(0);
        let __sym0 = __pop_Variant5(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action0::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant5(__nt), __end));
        (1, 61)
    }
    fn __reduce132<
        's,
        'e,
    >(
        errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
        __lookahead_start: Option<&usize>,
        __symbols: &mut alloc::vec::Vec<(usize,__Symbol<'s>,usize)>,
        _: core::marker::PhantomData<(&'s (), &'e ())>,
    ) -> (usize, usize)
    {
        // __Signature = Signature => ActionFn(2);
        let __sym0 = __pop_Variant28(__symbols);
        let __start = __sym0.0.clone();
        let __end = __sym0.2.clone();
        let __nt = super::__action2::<>(errors, __sym0);
        __symbols.push((__start, __Symbol::Variant28(__nt), __end));
        (1, 62)
    }
}
#[allow(unused_imports)]
pub use self::__parse__Type::TypeParser;

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action0<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action1<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, TypeExpr, usize),
) -> TypeExpr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action2<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Signature, usize),
) -> Signature
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action3<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, name, _): (usize, &'s str, usize),
    (_, r, _): (usize, usize, usize),
) -> Ident
{
    Ident { name: name.to_owned(), span: Span::new(l, r) }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action4<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, e, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, ty, _): (usize, TypeExpr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Cast { expr: Box::new(e), ty }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action5<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action6<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Pipe { lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action7<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, bindings, _): (usize, alloc::vec::Vec<Binding>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, body, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Let { bindings, body: Box::new(body) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action8<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action9<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, name, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, value, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Binding
{
    Binding { name, value, span: Span::new(l, r) }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action10<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action11<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action12<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action13<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action14<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action15<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action16<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Or
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action17<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::And
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action18<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Eq
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action19<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Ne
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action20<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Lt
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action21<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Gt
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action22<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Le
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action23<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Ge
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action24<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Add
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action25<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Sub
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action26<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Mul
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action27<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> BinaryOp
{
    BinaryOp::Div
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action28<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, e, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Unary { op: UnaryOp::Neg, operand: Box::new(e) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action29<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, e, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(e) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action30<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action31<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, base, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, name, _): (usize, Ident, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Field { base: Box::new(base), name }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action32<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, base, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, index, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Index { base: Box::new(base), index: Box::new(index) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action33<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, function, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, args, _): (usize, Vec<Arg>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Call { function, args }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action34<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action35<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, name, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, value, _): (usize, Expr, usize),
) -> Arg
{
    Arg { name: Some(name), value }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action36<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, value, _): (usize, Expr, usize),
) -> Arg
{
    Arg { name: None, value }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action37<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, name, _): (usize, Ident, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Name(name), Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action38<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Input, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action39<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lit, _): (usize, Literal, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Literal(lit), Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action40<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, _, _): (usize, Token<'s>, usize),
    (_, __0, _): (usize, Expr, usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action41<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, fields, _): (usize, Vec<Field>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Record(fields), Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action42<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, e, _): (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    { errors.push(e); Expr::new(ExprKind::Error, Span::new(l, r)) }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action43<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, n, _): (usize, &'s str, usize),
) -> Literal
{
    Literal::Number(n.to_owned())
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action44<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, s, _): (usize, Cow<'s, str>, usize),
) -> Literal
{
    Literal::String(s.into_owned())
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action45<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> Literal
{
    Literal::Bool(true)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action46<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> Literal
{
    Literal::Bool(false)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action47<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> Literal
{
    Literal::Null
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action48<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, name, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, value, _): (usize, Expr, usize),
) -> Field
{
    Field { name, value: Some(value) }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action49<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, name, _): (usize, Ident, usize),
) -> Field
{
    Field { name, value: None }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action50<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Ident, usize),
) -> TypeExpr
{
    TypeExpr::Named(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action51<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, kw, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, item, _): (usize, TypeExpr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    match kw.name.as_str() {
        "list" => Ok(TypeExpr::List(Box::new(item), Span::new(l, r))),
        _ => Err(lalrpop_util::ParseError::User { error: () }),
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action52<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, kw, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, k, _): (usize, TypeExpr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, v, _): (usize, TypeExpr, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, r, _): (usize, usize, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    match kw.name.as_str() {
        "map" => Ok(TypeExpr::Map(Box::new(k), Box::new(v), Span::new(l, r))),
        _ => Err(lalrpop_util::ParseError::User { error: () }),
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action53<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, name, _): (usize, Ident, usize),
    (_, type_params, _): (usize, Option<Vec<(Ident, Ident)>>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, params, _): (usize, Vec<Param>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, result, _): (usize, TypeExpr, usize),
) -> Signature
{
    Signature { name, type_params: type_params.unwrap_or_default(), params, result }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action54<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, _, _): (usize, Token<'s>, usize),
    (_, __0, _): (usize, Vec<(Ident, Ident)>, usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> Vec<(Ident, Ident)>
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action55<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Ident, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, __1, _): (usize, Ident, usize),
) -> (Ident, Ident)
{
    (__0, __1)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action56<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, c, _): (usize, Option<Token<'s>>, usize),
    (_, name, _): (usize, Ident, usize),
    (_, v, _): (usize, Option<Token<'s>>, usize),
    (_, _, _): (usize, Token<'s>, usize),
    (_, ty, _): (usize, TypeExpr, usize),
    (_, default, _): (usize, Option<Expr>, usize),
) -> Param
{
    Param { is_const: c.is_some(), name, vararg: v.is_some(), ty, default }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action57<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Option<Expr>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action58<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Expr>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action59<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, _, _): (usize, Token<'s>, usize),
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action60<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> Option<Token<'s>>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action61<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Token<'s>>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action62<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Token<'s>, usize),
) -> Option<Token<'s>>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action63<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Token<'s>>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action64<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, mut v, _): (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
    (_, e, _): (usize, Option<(Ident, Ident)>, usize),
) -> Vec<(Ident, Ident)>
{
    match e {
        None => v,
        Some(e) => { v.push(e); v }
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action65<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, mut v, _): (usize, alloc::vec::Vec<Param>, usize),
    (_, e, _): (usize, Option<Param>, usize),
) -> Vec<Param>
{
    match e {
        None => v,
        Some(e) => { v.push(e); v }
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action66<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Vec<(Ident, Ident)>, usize),
) -> Option<Vec<(Ident, Ident)>>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action67<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Vec<(Ident, Ident)>>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action68<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, mut v, _): (usize, alloc::vec::Vec<Field>, usize),
    (_, e, _): (usize, Option<Field>, usize),
) -> Vec<Field>
{
    match e {
        None => v,
        Some(e) => { v.push(e); v }
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action69<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, mut v, _): (usize, alloc::vec::Vec<Arg>, usize),
    (_, e, _): (usize, Option<Arg>, usize),
) -> Vec<Arg>
{
    match e {
        None => v,
        Some(e) => { v.push(e); v }
    }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action70<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action71<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action72<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action73<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action74<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action75<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action76<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action77<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action78<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action79<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action80<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, l, _): (usize, usize, usize),
    (_, lhs, _): (usize, Expr, usize),
    (_, op, _): (usize, BinaryOp, usize),
    (_, rhs, _): (usize, Expr, usize),
    (_, r, _): (usize, usize, usize),
) -> Expr
{
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Span::new(l, r))
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action81<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Expr, usize),
) -> Expr
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action82<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Binding, usize),
) -> alloc::vec::Vec<Binding>
{
    alloc::vec![__0]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action83<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Binding>, usize),
    (_, e, _): (usize, Binding, usize),
) -> alloc::vec::Vec<Binding>
{
    { let mut v = v; v.push(e); v }
}

#[allow(unused_variables)]
#[allow(clippy::needless_lifetimes)]
fn __action84<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> usize
{
    *__lookbehind
}

#[allow(unused_variables)]
#[allow(clippy::needless_lifetimes)]
fn __action85<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> usize
{
    *__lookahead
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action86<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Arg, usize),
) -> Option<Arg>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action87<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Arg>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action88<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> alloc::vec::Vec<Arg>
{
    alloc::vec![]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action89<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Arg>, usize),
) -> alloc::vec::Vec<Arg>
{
    v
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action90<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Arg, usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> Arg
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action91<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Field, usize),
) -> Option<Field>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action92<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Field>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action93<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> alloc::vec::Vec<Field>
{
    alloc::vec![]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action94<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Field>, usize),
) -> alloc::vec::Vec<Field>
{
    v
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action95<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Field, usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> Field
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action96<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Param, usize),
) -> Option<Param>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action97<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<Param>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action98<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> alloc::vec::Vec<Param>
{
    alloc::vec![]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action99<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Param>, usize),
) -> alloc::vec::Vec<Param>
{
    v
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action100<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Param, usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> Param
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action101<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, (Ident, Ident), usize),
) -> Option<(Ident, Ident)>
{
    Some(__0)
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action102<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Option<(Ident, Ident)>
{
    None
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action103<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> alloc::vec::Vec<(Ident, Ident)>
{
    alloc::vec![]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action104<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
) -> alloc::vec::Vec<(Ident, Ident)>
{
    v
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action105<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, (Ident, Ident), usize),
    (_, _, _): (usize, Token<'s>, usize),
) -> (Ident, Ident)
{
    __0
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action106<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, (Ident, Ident), usize),
) -> alloc::vec::Vec<(Ident, Ident)>
{
    alloc::vec![__0]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action107<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
    (_, e, _): (usize, (Ident, Ident), usize),
) -> alloc::vec::Vec<(Ident, Ident)>
{
    { let mut v = v; v.push(e); v }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action108<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Param, usize),
) -> alloc::vec::Vec<Param>
{
    alloc::vec![__0]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action109<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Param>, usize),
    (_, e, _): (usize, Param, usize),
) -> alloc::vec::Vec<Param>
{
    { let mut v = v; v.push(e); v }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action110<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Field, usize),
) -> alloc::vec::Vec<Field>
{
    alloc::vec![__0]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action111<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Field>, usize),
    (_, e, _): (usize, Field, usize),
) -> alloc::vec::Vec<Field>
{
    { let mut v = v; v.push(e); v }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action112<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, __0, _): (usize, Arg, usize),
) -> alloc::vec::Vec<Arg>
{
    alloc::vec![__0]
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::just_underscores_and_digits, clippy::extra_unused_type_parameters)]
fn __action113<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    (_, v, _): (usize, alloc::vec::Vec<Arg>, usize),
    (_, e, _): (usize, Arg, usize),
) -> alloc::vec::Vec<Arg>
{
    { let mut v = v; v.push(e); v }
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action114<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<Token<'s>>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
    __5: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __2.0.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action60(
        errors,
        __2,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action56(
        errors,
        __0,
        __1,
        __temp0,
        __3,
        __4,
        __5,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action115<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<Token<'s>>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
    __4: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __1.2.clone();
    let __end0 = __2.0.clone();
    let __temp0 = __action61(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action56(
        errors,
        __0,
        __1,
        __temp0,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action116<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
    __5: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action62(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action114(
        errors,
        __temp0,
        __1,
        __2,
        __3,
        __4,
        __5,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action117<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
    __4: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action63(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action114(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action118<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
    __4: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action62(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action115(
        errors,
        __temp0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action119<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Option<Expr>, usize),
) -> Param
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action63(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action115(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action120<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Expr, usize),
) -> Option<Expr>
{
    let __start0 = __0.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action59(
        errors,
        __0,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action57(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action121<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
    __5: (usize, Token<'s>, usize),
    __6: (usize, Expr, usize),
) -> Param
{
    let __start0 = __5.0.clone();
    let __end0 = __6.2.clone();
    let __temp0 = __action120(
        errors,
        __5,
        __6,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action116(
        errors,
        __0,
        __1,
        __2,
        __3,
        __4,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action122<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
) -> Param
{
    let __start0 = __4.2.clone();
    let __end0 = __4.2.clone();
    let __temp0 = __action58(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action116(
        errors,
        __0,
        __1,
        __2,
        __3,
        __4,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action123<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
    __4: (usize, Token<'s>, usize),
    __5: (usize, Expr, usize),
) -> Param
{
    let __start0 = __4.0.clone();
    let __end0 = __5.2.clone();
    let __temp0 = __action120(
        errors,
        __4,
        __5,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action117(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action124<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
) -> Param
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action58(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action117(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action125<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
    __4: (usize, Token<'s>, usize),
    __5: (usize, Expr, usize),
) -> Param
{
    let __start0 = __4.0.clone();
    let __end0 = __5.2.clone();
    let __temp0 = __action120(
        errors,
        __4,
        __5,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action118(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action126<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, TypeExpr, usize),
) -> Param
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action58(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action118(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action127<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, Expr, usize),
) -> Param
{
    let __start0 = __3.0.clone();
    let __end0 = __4.2.clone();
    let __temp0 = __action120(
        errors,
        __3,
        __4,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action119(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action128<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
) -> Param
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action58(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action119(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action129<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Arg, usize),
    __1: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Arg>
{
    let __start0 = __0.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action90(
        errors,
        __0,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action112(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action130<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Arg>, usize),
    __1: (usize, Arg, usize),
    __2: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Arg>
{
    let __start0 = __1.0.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action90(
        errors,
        __1,
        __2,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action113(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action131<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<Arg>, usize),
) -> Vec<Arg>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action88(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action69(
        errors,
        __temp0,
        __0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action132<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Arg>, usize),
    __1: (usize, Option<Arg>, usize),
) -> Vec<Arg>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action89(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action69(
        errors,
        __temp0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action133<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Field, usize),
    __1: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Field>
{
    let __start0 = __0.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action95(
        errors,
        __0,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action110(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action134<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Field>, usize),
    __1: (usize, Field, usize),
    __2: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Field>
{
    let __start0 = __1.0.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action95(
        errors,
        __1,
        __2,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action111(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action135<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<Field>, usize),
) -> Vec<Field>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action93(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action68(
        errors,
        __temp0,
        __0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action136<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Field>, usize),
    __1: (usize, Option<Field>, usize),
) -> Vec<Field>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action94(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action68(
        errors,
        __temp0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action137<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Param, usize),
    __1: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Param>
{
    let __start0 = __0.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action100(
        errors,
        __0,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action108(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action138<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Param>, usize),
    __1: (usize, Param, usize),
    __2: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<Param>
{
    let __start0 = __1.0.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action100(
        errors,
        __1,
        __2,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action109(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action139<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<Param>, usize),
) -> Vec<Param>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action98(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action65(
        errors,
        __temp0,
        __0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action140<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Param>, usize),
    __1: (usize, Option<Param>, usize),
) -> Vec<Param>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action99(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action65(
        errors,
        __temp0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action141<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, (Ident, Ident), usize),
    __1: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<(Ident, Ident)>
{
    let __start0 = __0.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action105(
        errors,
        __0,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action106(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action142<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
    __1: (usize, (Ident, Ident), usize),
    __2: (usize, Token<'s>, usize),
) -> alloc::vec::Vec<(Ident, Ident)>
{
    let __start0 = __1.0.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action105(
        errors,
        __1,
        __2,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action107(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action143<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Option<(Ident, Ident)>, usize),
) -> Vec<(Ident, Ident)>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action103(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action64(
        errors,
        __temp0,
        __0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action144<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
    __1: (usize, Option<(Ident, Ident)>, usize),
) -> Vec<(Ident, Ident)>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action104(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action64(
        errors,
        __temp0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action145<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Expr, usize),
    __4: (usize, usize, usize),
) -> Binding
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action9(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action146<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action4(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action147<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, &'s str, usize),
    __1: (usize, usize, usize),
) -> Ident
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action3(
        errors,
        __temp0,
        __0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action148<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action6(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action149<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Binding>, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action7(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action150<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Ident, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action31(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action151<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action32(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action152<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Vec<Arg>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action33(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action153<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action37(
        errors,
        __temp0,
        __0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action154<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action38(
        errors,
        __temp0,
        __0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action155<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Literal, usize),
    __1: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action39(
        errors,
        __temp0,
        __0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action156<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Vec<Field>, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action41(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action157<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize),
    __1: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action42(
        errors,
        __temp0,
        __0,
        __1,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action158<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action72(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action159<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action78(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action160<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action76(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action161<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action70(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action162<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action80(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action163<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
    __3: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action74(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action164<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, usize, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action51(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action165<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
    __5: (usize, Token<'s>, usize),
    __6: (usize, usize, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action52(
        errors,
        __temp0,
        __0,
        __1,
        __2,
        __3,
        __4,
        __5,
        __6,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action166<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Expr, usize),
    __2: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action28(
        errors,
        __temp0,
        __0,
        __1,
        __2,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action167<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Expr, usize),
    __2: (usize, usize, usize),
) -> Expr
{
    let __start0 = __0.0.clone();
    let __end0 = __0.0.clone();
    let __temp0 = __action85(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action29(
        errors,
        __temp0,
        __0,
        __1,
        __2,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action168<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Ident, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Expr, usize),
) -> Binding
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action145(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action169<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action146(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action170<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, &'s str, usize),
) -> Ident
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action147(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action171<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action148(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action172<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Binding>, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action149(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action173<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Ident, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action150(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action174<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Expr, usize),
    __3: (usize, Token<'s>, usize),
) -> Expr
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action151(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action175<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Vec<Arg>, usize),
    __3: (usize, Token<'s>, usize),
) -> Expr
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action152(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action176<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
) -> Expr
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action153(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action177<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
) -> Expr
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action154(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action178<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Literal, usize),
) -> Expr
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action155(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action179<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Vec<Field>, usize),
    __2: (usize, Token<'s>, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action156(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action180<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, __lalrpop_util::ErrorRecovery<usize, Token<'s>, ()>, usize),
) -> Expr
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action157(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action181<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action158(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action182<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action159(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action183<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action160(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action184<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action161(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action185<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action162(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action186<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Expr, usize),
    __1: (usize, BinaryOp, usize),
    __2: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __2.2.clone();
    let __end0 = __2.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action163(
        errors,
        __0,
        __1,
        __2,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action187<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Token<'s>, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    let __start0 = __3.2.clone();
    let __end0 = __3.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action164(
        errors,
        __0,
        __1,
        __2,
        __3,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action188<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, TypeExpr, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, TypeExpr, usize),
    __5: (usize, Token<'s>, usize),
) -> Result<TypeExpr,__lalrpop_util::ParseError<usize,Token<'s>,()>>
{
    let __start0 = __5.2.clone();
    let __end0 = __5.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action165(
        errors,
        __0,
        __1,
        __2,
        __3,
        __4,
        __5,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action189<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __1.2.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action166(
        errors,
        __0,
        __1,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action190<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Token<'s>, usize),
    __1: (usize, Expr, usize),
) -> Expr
{
    let __start0 = __1.2.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action84(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action167(
        errors,
        __0,
        __1,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action191<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Arg, usize),
) -> Vec<Arg>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action86(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action131(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action192<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Vec<Arg>
{
    let __start0 = __lookbehind.clone();
    let __end0 = __lookahead.clone();
    let __temp0 = __action87(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action131(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action193<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Arg>, usize),
    __1: (usize, Arg, usize),
) -> Vec<Arg>
{
    let __start0 = __1.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action86(
        errors,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action132(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action194<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Arg>, usize),
) -> Vec<Arg>
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action87(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action132(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action195<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Field, usize),
) -> Vec<Field>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action91(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action135(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action196<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Vec<Field>
{
    let __start0 = __lookbehind.clone();
    let __end0 = __lookahead.clone();
    let __temp0 = __action92(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action135(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action197<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Field>, usize),
    __1: (usize, Field, usize),
) -> Vec<Field>
{
    let __start0 = __1.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action91(
        errors,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action136(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action198<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Field>, usize),
) -> Vec<Field>
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action92(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action136(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action199<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Param, usize),
) -> Vec<Param>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action96(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action139(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action200<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Vec<Param>
{
    let __start0 = __lookbehind.clone();
    let __end0 = __lookahead.clone();
    let __temp0 = __action97(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action139(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action201<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Param>, usize),
    __1: (usize, Param, usize),
) -> Vec<Param>
{
    let __start0 = __1.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action96(
        errors,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action140(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action202<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<Param>, usize),
) -> Vec<Param>
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action97(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action140(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action203<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, (Ident, Ident), usize),
) -> Vec<(Ident, Ident)>
{
    let __start0 = __0.0.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action101(
        errors,
        __0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action143(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action204<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __lookbehind: &usize,
    __lookahead: &usize,
) -> Vec<(Ident, Ident)>
{
    let __start0 = __lookbehind.clone();
    let __end0 = __lookahead.clone();
    let __temp0 = __action102(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action143(
        errors,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action205<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
    __1: (usize, (Ident, Ident), usize),
) -> Vec<(Ident, Ident)>
{
    let __start0 = __1.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action101(
        errors,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action144(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action206<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, alloc::vec::Vec<(Ident, Ident)>, usize),
) -> Vec<(Ident, Ident)>
{
    let __start0 = __0.2.clone();
    let __end0 = __0.2.clone();
    let __temp0 = __action102(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action144(
        errors,
        __0,
        __temp0,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action207<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Vec<(Ident, Ident)>, usize),
    __2: (usize, Token<'s>, usize),
    __3: (usize, Vec<Param>, usize),
    __4: (usize, Token<'s>, usize),
    __5: (usize, Token<'s>, usize),
    __6: (usize, TypeExpr, usize),
) -> Signature
{
    let __start0 = __1.0.clone();
    let __end0 = __1.2.clone();
    let __temp0 = __action66(
        errors,
        __1,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action53(
        errors,
        __0,
        __temp0,
        __2,
        __3,
        __4,
        __5,
        __6,
    )
}

#[allow(unused_variables)]
#[allow(clippy::too_many_arguments, clippy::needless_lifetimes,
    clippy::just_underscores_and_digits, clippy::clone_on_copy, clippy::unit_arg)]
fn __action208<
    's,
    'e,
>(
    errors: &'e mut Vec<ErrorRecovery<usize, Token<'s>, ()>>,
    __0: (usize, Ident, usize),
    __1: (usize, Token<'s>, usize),
    __2: (usize, Vec<Param>, usize),
    __3: (usize, Token<'s>, usize),
    __4: (usize, Token<'s>, usize),
    __5: (usize, TypeExpr, usize),
) -> Signature
{
    let __start0 = __0.2.clone();
    let __end0 = __1.0.clone();
    let __temp0 = __action67(
        errors,
        &__start0,
        &__end0,
    );
    let __temp0 = (__start0, __temp0, __end0);
    __action53(
        errors,
        __0,
        __temp0,
        __1,
        __2,
        __3,
        __4,
        __5,
    )
}

#[allow(clippy::type_complexity, dead_code)]
pub trait __ToTriple<'s, 'e, >
{
    fn to_triple(self) -> Result<(usize,Token<'s>,usize), __lalrpop_util::ParseError<usize, Token<'s>, ()>>;
}

impl<'s, 'e, > __ToTriple<'s, 'e, > for (usize, Token<'s>, usize)
{
    fn to_triple(self) -> Result<(usize,Token<'s>,usize), __lalrpop_util::ParseError<usize, Token<'s>, ()>> {
        Ok(self)
    }
}
impl<'s, 'e, > __ToTriple<'s, 'e, > for Result<(usize, Token<'s>, usize), ()>
{
    fn to_triple(self) -> Result<(usize,Token<'s>,usize), __lalrpop_util::ParseError<usize, Token<'s>, ()>> {
        self.map_err(|error| __lalrpop_util::ParseError::User { error })
    }
}
