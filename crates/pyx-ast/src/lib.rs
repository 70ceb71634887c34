//! The abstract syntax tree of Python 3.11 as pyx parses it.
//!
//! The node set follows CPython's `ast` module (same nodes, same fields), so
//! that a dump of a pyx tree can be compared with `ast.dump` of CPython's;
//! the few places where pyx folds two CPython nodes into one (`For` /
//! `AsyncFor` become one node with `is_async`) are undone by the dump.
//!
//! Every node carries a [`Span`]: a byte range into the source, from which
//! line and column come through [`pyx_span::LineIndex`].
//!
//! This crate holds data only; it never touches the OS.

pub use num_bigint::BigInt;
pub use pyx_span::Span;

mod dump;
pub mod python_repr;

pub use dump::{constant_repr, dump_expr, dump_module, DumpOptions};


/// An identifier as written, after NFKC normalisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Identifier {
    pub name: String,
    pub span: Span,
}

/// A whole module: the result of parsing a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return { value: Option<Expr> },
    Delete { targets: Vec<Expr> },
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: Operator, value: Expr },
    /// `target: annotation = value`; `simple` is true when the target is a
    /// bare name not in parentheses (it then lands in `__annotations__`).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { is_async: bool, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { is_async: bool, items: Vec<WithItem>, body: Vec<Stmt> },
    Match { subject: Expr, cases: Vec<MatchCase> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    /// `try` with `except` (or `except*` when `is_star`), `else`, `finally`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    Assert { test: Expr, msg: Option<Expr> },
    Import { names: Vec<Alias> },
    /// `from ..module import names`; `level` counts the leading dots.
    ImportFrom { module: Option<Identifier>, names: Vec<Alias>, level: u32 },
    Global { names: Vec<Identifier> },
    Nonlocal { names: Vec<Identifier> },
    Expr { value: Expr },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: Identifier,
    pub parameters: Parameters,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp { op: BoolOperator, values: Vec<Expr> },
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
    UnaryOp { op: UnaryOperator, operand: Box<Expr> },
    Lambda { parameters: Box<Parameters>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`: a `None` key marks a `**` unpacking of the value.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set { elts: Vec<Expr> },
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await { value: Box<Expr> },
    Yield { value: Option<Box<Expr>> },
    YieldFrom { value: Box<Expr> },
    Compare { left: Box<Expr>, ops: Vec<CmpOperator>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// One `{...}` replacement field of an f-string. `format_spec` is a
    /// `JoinedStr` when present.
    FormattedValue { value: Box<Expr>, conversion: Conversion, format_spec: Option<Box<Expr>> },
    /// An f-string (or a concatenation including one): `Constant` string
    /// pieces and `FormattedValue`s.
    JoinedStr { values: Vec<Expr> },
    Constant { value: Constant, kind: Option<String> },
    Attribute { value: Box<Expr>, attr: Identifier, ctx: ExprContext },
    Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext },
    Starred { value: Box<Expr>, ctx: ExprContext },
    Name { id: String, ctx: ExprContext },
    List { elts: Vec<Expr>, ctx: ExprContext },
    Tuple { elts: Vec<Expr>, ctx: ExprContext },
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// Whether an expression is read, assigned or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal such as `2j` (real part zero).
    Complex { real: f64, imag: f64 },
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOperator {
    And,
    Or,
}

/// Binary operators, shared by `BinOp` and `AugAssign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOperator {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOperator {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The `!s`, `!r`, `!a` conversion of an f-string field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Expr>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// The parameter list of a `def` or `lambda` (CPython's `arguments`).
/// `defaults` belong to the last positional parameters (positional-only
/// and regular together); `kw_defaults` has one entry per keyword-only
/// parameter.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parameters {
    pub posonlyargs: Vec<Parameter>,
    pub args: Vec<Parameter>,
    pub vararg: Option<Parameter>,
    pub kwonlyargs: Vec<Parameter>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Parameter>,
    pub defaults: Vec<Expr>,
}

/// One parameter (CPython's `arg`).
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub span: Span,
}

/// A keyword argument `arg=value`, or `**value` when `arg` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub span: Span,
}

/// `import a.b.c as d`: `name` is the dotted name as one string.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<Identifier>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue { value: Box<Expr> },
    /// `None`, `True` or `False`.
    MatchSingleton { value: Constant },
    MatchSequence { patterns: Vec<Pattern> },
    /// `{key: pattern, **rest}`.
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> },
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` in a sequence pattern; `*_` has no name.
    MatchStar { name: Option<Identifier> },
    /// `pattern as name`, a capture `name` (no pattern), or the wildcard
    /// `_` (neither).
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<Identifier> },
    MatchOr { patterns: Vec<Pattern> },
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
