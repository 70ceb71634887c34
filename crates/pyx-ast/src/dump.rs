//! A dump of a tree in exactly the text of CPython's `ast.dump`, so that
//! pyx's parser can be checked against CPython's node for node.
//!
//! The folded nodes are unfolded (`For { is_async: true }` prints as
//! `AsyncFor`, `Try { is_star: true }` as `TryStar`), literal values print
//! with Python's `repr`, and with `include_attributes` every node that has
//! a location in CPython prints `lineno, col_offset, end_lineno,
//! end_col_offset` computed as CPython computes them (1-based lines,
//! 0-based UTF-8 byte columns).
//!
//! The dump recurses over the tree; the parser bounds the depth of every
//! tree it builds, so this cannot exhaust the stack.

use pyx_span::{LineIndex, Span};

use crate::python_repr::{repr_bytes, repr_complex, repr_float, repr_str};
use crate::*;

/// How to dump a tree.
#[derive(Clone, Copy, Debug)]
pub struct DumpOptions<'a> {
    /// Print node locations (CPython's `include_attributes=True`).
    pub include_attributes: bool,
    /// Indent nested nodes by this many spaces (CPython's `indent=`);
    /// `None` prints everything on one line.
    pub indent: Option<usize>,
    /// The source the tree was parsed from; needed for locations.
    pub source: &'a str,
}

impl<'a> DumpOptions<'a> {
    /// `ast.dump(tree)`.
    pub fn plain(source: &'a str) -> DumpOptions<'a> {
        DumpOptions { include_attributes: false, indent: None, source }
    }

    /// `ast.dump(tree, include_attributes=True)`.
    pub fn with_attributes(source: &'a str) -> DumpOptions<'a> {
        DumpOptions { include_attributes: true, indent: None, source }
    }

    /// `ast.dump(tree, indent=2)`, for people.
    pub fn indented(source: &'a str) -> DumpOptions<'a> {
        DumpOptions { include_attributes: false, indent: Some(2), source }
    }
}

/// The dump of a module.
pub fn dump_module(module: &Module, options: &DumpOptions<'_>) -> String {
    let mut b = Builder::new(options);
    let tree = b.module(module);
    format(&tree, 0, options.indent).0
}

/// The dump of one expression (`ast.dump(ast.parse(src, mode='eval').body)`).
pub fn dump_expr(expr: &Expr, options: &DumpOptions<'_>) -> String {
    let mut b = Builder::new(options);
    let tree = b.expr(expr);
    format(&tree, 0, options.indent).0
}

/// A node of the dump: what `ast.dump` sees of a tree.
enum Value {
    Node(&'static str, Vec<(&'static str, Value)>),
    List(Vec<Value>),
    Simple(String),
}

/// CPython's `_format`: returns the text and whether it is "simple".
fn format(value: &Value, level: usize, indent: Option<usize>) -> (String, bool) {
    let (level, prefix, sep) = match indent {
        Some(n) => {
            let level = level + 1;
            let pad = " ".repeat(n * level);
            (level, format!("\n{pad}"), format!(",\n{pad}"))
        }
        None => (level, String::new(), ", ".to_string()),
    };
    match value {
        Value::Node(name, fields) => {
            let mut all_simple = true;
            let mut args = Vec::with_capacity(fields.len());
            for (field, v) in fields {
                let (text, simple) = format(v, level, indent);
                all_simple &= simple;
                args.push(format!("{field}={text}"));
            }
            if all_simple && args.len() <= 3 {
                let simple = args.is_empty();
                (format!("{name}({})", args.join(", ")), simple)
            } else {
                (format!("{name}({prefix}{})", args.join(&sep)), false)
            }
        }
        Value::List(items) => {
            if items.is_empty() {
                return ("[]".into(), true);
            }
            let parts: Vec<String> = items.iter().map(|x| format(x, level, indent).0).collect();
            (format!("[{prefix}{}]", parts.join(&sep)), false)
        }
        Value::Simple(s) => (s.clone(), true),
    }
}

struct Builder {
    index: Option<LineIndex>,
}

fn simple(s: impl Into<String>) -> Value {
    Value::Simple(s.into())
}

fn bare(name: &'static str) -> Value {
    Value::Node(name, Vec::new())
}

fn ident(i: &Identifier) -> Value {
    simple(repr_str(&i.name))
}

fn int(i: i64) -> Value {
    simple(i.to_string())
}

/// Fields of a node, with `None` optional fields left out as CPython does.
struct Fields(Vec<(&'static str, Value)>);

impl Fields {
    fn new() -> Fields {
        Fields(Vec::with_capacity(6))
    }
    fn add(mut self, name: &'static str, v: Value) -> Fields {
        self.0.push((name, v));
        self
    }
    fn opt(mut self, name: &'static str, v: Option<Value>) -> Fields {
        if let Some(v) = v {
            self.0.push((name, v));
        }
        self
    }
}

impl Builder {
    fn new(options: &DumpOptions<'_>) -> Builder {
        Builder { index: options.include_attributes.then(|| LineIndex::new(options.source)) }
    }

    fn node(&self, name: &'static str, fields: Fields, span: Option<Span>) -> Value {
        let mut fields = fields.0;
        if let (Some(index), Some(span)) = (&self.index, span) {
            let start = index.line_column(span.start);
            let end = index.line_column(span.end);
            fields.push(("lineno", int(start.line.into())));
            fields.push(("col_offset", int(start.column.into())));
            fields.push(("end_lineno", int(end.line.into())));
            fields.push(("end_col_offset", int(end.column.into())));
        }
        Value::Node(name, fields)
    }

    fn module(&mut self, m: &Module) -> Value {
        let body = self.stmts(&m.body);
        self.node("Module", Fields::new().add("body", body).add("type_ignores", Value::List(Vec::new())), None)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Value {
        Value::List(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&mut self, v: &[Expr]) -> Value {
        Value::List(v.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> Option<Value> {
        e.map(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> Value {
        let (name, f) = match &s.kind {
            StmtKind::FunctionDef(d) => {
                let name = if d.is_async { "AsyncFunctionDef" } else { "FunctionDef" };
                let f = Fields::new()
                    .add("name", ident(&d.name))
                    .add("args", self.parameters(&d.parameters))
                    .add("body", self.stmts(&d.body))
                    .add("decorator_list", self.exprs(&d.decorator_list))
                    .opt("returns", self.opt_expr(d.returns.as_ref()));
                (name, f)
            }
            StmtKind::ClassDef(c) => (
                "ClassDef",
                Fields::new()
                    .add("name", ident(&c.name))
                    .add("bases", self.exprs(&c.bases))
                    .add("keywords", Value::List(c.keywords.iter().map(|k| self.keyword(k)).collect()))
                    .add("body", self.stmts(&c.body))
                    .add("decorator_list", self.exprs(&c.decorator_list)),
            ),
            StmtKind::Return { value } => ("Return", Fields::new().opt("value", self.opt_expr(value.as_ref()))),
            StmtKind::Delete { targets } => ("Delete", Fields::new().add("targets", self.exprs(targets))),
            StmtKind::Assign { targets, value } => {
                ("Assign", Fields::new().add("targets", self.exprs(targets)).add("value", self.expr(value)))
            }
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                Fields::new()
                    .add("target", self.expr(target))
                    .add("op", bare(operator_name(*op)))
                    .add("value", self.expr(value)),
            ),
            StmtKind::AnnAssign { target, annotation, value, simple } => (
                "AnnAssign",
                Fields::new()
                    .add("target", self.expr(target))
                    .add("annotation", self.expr(annotation))
                    .opt("value", self.opt_expr(value.as_ref()))
                    .add("simple", int(i64::from(*simple))),
            ),
            StmtKind::For { is_async, target, iter, body, orelse } => (
                if *is_async { "AsyncFor" } else { "For" },
                Fields::new()
                    .add("target", self.expr(target))
                    .add("iter", self.expr(iter))
                    .add("body", self.stmts(body))
                    .add("orelse", self.stmts(orelse)),
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                Fields::new()
                    .add("test", self.expr(test))
                    .add("body", self.stmts(body))
                    .add("orelse", self.stmts(orelse)),
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                Fields::new()
                    .add("test", self.expr(test))
                    .add("body", self.stmts(body))
                    .add("orelse", self.stmts(orelse)),
            ),
            StmtKind::With { is_async, items, body } => (
                if *is_async { "AsyncWith" } else { "With" },
                Fields::new()
                    .add("items", Value::List(items.iter().map(|i| self.with_item(i)).collect()))
                    .add("body", self.stmts(body)),
            ),
            StmtKind::Match { subject, cases } => (
                "Match",
                Fields::new()
                    .add("subject", self.expr(subject))
                    .add("cases", Value::List(cases.iter().map(|c| self.match_case(c)).collect())),
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                Fields::new()
                    .opt("exc", self.opt_expr(exc.as_ref()))
                    .opt("cause", self.opt_expr(cause.as_ref())),
            ),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => (
                if *is_star { "TryStar" } else { "Try" },
                Fields::new()
                    .add("body", self.stmts(body))
                    .add("handlers", Value::List(handlers.iter().map(|h| self.handler(h)).collect()))
                    .add("orelse", self.stmts(orelse))
                    .add("finalbody", self.stmts(finalbody)),
            ),
            StmtKind::Assert { test, msg } => {
                ("Assert", Fields::new().add("test", self.expr(test)).opt("msg", self.opt_expr(msg.as_ref())))
            }
            StmtKind::Import { names } => {
                ("Import", Fields::new().add("names", Value::List(names.iter().map(|a| self.alias(a)).collect())))
            }
            StmtKind::ImportFrom { module, names, level } => (
                "ImportFrom",
                Fields::new()
                    .opt("module", module.as_ref().map(ident))
                    .add("names", Value::List(names.iter().map(|a| self.alias(a)).collect()))
                    .add("level", int(i64::from(*level))),
            ),
            StmtKind::Global { names } => ("Global", Fields::new().add("names", Value::List(names.iter().map(ident).collect()))),
            StmtKind::Nonlocal { names } => {
                ("Nonlocal", Fields::new().add("names", Value::List(names.iter().map(ident).collect())))
            }
            StmtKind::Expr { value } => ("Expr", Fields::new().add("value", self.expr(value))),
            StmtKind::Pass => ("Pass", Fields::new()),
            StmtKind::Break => ("Break", Fields::new()),
            StmtKind::Continue => ("Continue", Fields::new()),
        };
        self.node(name, f, Some(s.span))
    }

    fn expr(&mut self, e: &Expr) -> Value {
        let (name, f) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                Fields::new()
                    .add("op", bare(match op {
                        BoolOperator::And => "And",
                        BoolOperator::Or => "Or",
                    }))
                    .add("values", self.exprs(values)),
            ),
            ExprKind::NamedExpr { target, value } => {
                ("NamedExpr", Fields::new().add("target", self.expr(target)).add("value", self.expr(value)))
            }
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                Fields::new()
                    .add("left", self.expr(left))
                    .add("op", bare(operator_name(*op)))
                    .add("right", self.expr(right)),
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                Fields::new()
                    .add("op", bare(match op {
                        UnaryOperator::Invert => "Invert",
                        UnaryOperator::Not => "Not",
                        UnaryOperator::UAdd => "UAdd",
                        UnaryOperator::USub => "USub",
                    }))
                    .add("operand", self.expr(operand)),
            ),
            ExprKind::Lambda { parameters, body } => {
                ("Lambda", Fields::new().add("args", self.parameters(parameters)).add("body", self.expr(body)))
            }
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                Fields::new()
                    .add("test", self.expr(test))
                    .add("body", self.expr(body))
                    .add("orelse", self.expr(orelse)),
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                Fields::new()
                    .add(
                        "keys",
                        Value::List(
                            keys.iter().map(|k| k.as_ref().map_or_else(|| simple("None"), |k| self.expr(k))).collect(),
                        ),
                    )
                    .add("values", self.exprs(values)),
            ),
            ExprKind::Set { elts } => ("Set", Fields::new().add("elts", self.exprs(elts))),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                Fields::new().add("elt", self.expr(elt)).add("generators", self.generators(generators)),
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                Fields::new().add("elt", self.expr(elt)).add("generators", self.generators(generators)),
            ),
            ExprKind::DictComp { key, value, generators } => (
                "DictComp",
                Fields::new()
                    .add("key", self.expr(key))
                    .add("value", self.expr(value))
                    .add("generators", self.generators(generators)),
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                Fields::new().add("elt", self.expr(elt)).add("generators", self.generators(generators)),
            ),
            ExprKind::Await { value } => ("Await", Fields::new().add("value", self.expr(value))),
            ExprKind::Yield { value } => ("Yield", Fields::new().opt("value", self.opt_expr(value.as_deref()))),
            ExprKind::YieldFrom { value } => ("YieldFrom", Fields::new().add("value", self.expr(value))),
            ExprKind::Compare { left, ops, comparators } => (
                "Compare",
                Fields::new()
                    .add("left", self.expr(left))
                    .add("ops", Value::List(ops.iter().map(|o| bare(cmp_name(*o))).collect()))
                    .add("comparators", self.exprs(comparators)),
            ),
            ExprKind::Call { func, args, keywords } => (
                "Call",
                Fields::new()
                    .add("func", self.expr(func))
                    .add("args", self.exprs(args))
                    .add("keywords", Value::List(keywords.iter().map(|k| self.keyword(k)).collect())),
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => (
                "FormattedValue",
                Fields::new()
                    .add("value", self.expr(value))
                    .add(
                        "conversion",
                        int(match conversion {
                            Conversion::None => -1,
                            Conversion::Str => 115,
                            Conversion::Repr => 114,
                            Conversion::Ascii => 97,
                        }),
                    )
                    .opt("format_spec", self.opt_expr(format_spec.as_deref())),
            ),
            ExprKind::JoinedStr { values } => ("JoinedStr", Fields::new().add("values", self.exprs(values))),
            ExprKind::Constant { value, kind } => (
                "Constant",
                Fields::new()
                    .add("value", simple(constant_repr(value)))
                    .opt("kind", kind.as_ref().map(|k| simple(repr_str(k)))),
            ),
            ExprKind::Attribute { value, attr, ctx } => (
                "Attribute",
                Fields::new().add("value", self.expr(value)).add("attr", ident(attr)).add("ctx", context(*ctx)),
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                "Subscript",
                Fields::new().add("value", self.expr(value)).add("slice", self.expr(slice)).add("ctx", context(*ctx)),
            ),
            ExprKind::Starred { value, ctx } => {
                ("Starred", Fields::new().add("value", self.expr(value)).add("ctx", context(*ctx)))
            }
            ExprKind::Name { id, ctx } => ("Name", Fields::new().add("id", simple(repr_str(id))).add("ctx", context(*ctx))),
            ExprKind::List { elts, ctx } => ("List", Fields::new().add("elts", self.exprs(elts)).add("ctx", context(*ctx))),
            ExprKind::Tuple { elts, ctx } => {
                ("Tuple", Fields::new().add("elts", self.exprs(elts)).add("ctx", context(*ctx)))
            }
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                Fields::new()
                    .opt("lower", self.opt_expr(lower.as_deref()))
                    .opt("upper", self.opt_expr(upper.as_deref()))
                    .opt("step", self.opt_expr(step.as_deref())),
            ),
        };
        self.node(name, f, Some(e.span))
    }

    fn generators(&mut self, gens: &[Comprehension]) -> Value {
        Value::List(
            gens.iter()
                .map(|g| {
                    let f = Fields::new()
                        .add("target", self.expr(&g.target))
                        .add("iter", self.expr(&g.iter))
                        .add("ifs", self.exprs(&g.ifs))
                        .add("is_async", int(i64::from(g.is_async)));
                    self.node("comprehension", f, None)
                })
                .collect(),
        )
    }

    fn parameters(&mut self, p: &Parameters) -> Value {
        let f = Fields::new()
            .add("posonlyargs", Value::List(p.posonlyargs.iter().map(|a| self.parameter(a)).collect()))
            .add("args", Value::List(p.args.iter().map(|a| self.parameter(a)).collect()))
            .opt("vararg", p.vararg.as_ref().map(|a| self.parameter(a)))
            .add("kwonlyargs", Value::List(p.kwonlyargs.iter().map(|a| self.parameter(a)).collect()))
            .add(
                "kw_defaults",
                Value::List(
                    p.kw_defaults.iter().map(|d| d.as_ref().map_or_else(|| simple("None"), |d| self.expr(d))).collect(),
                ),
            )
            .opt("kwarg", p.kwarg.as_ref().map(|a| self.parameter(a)))
            .add("defaults", self.exprs(&p.defaults));
        self.node("arguments", f, None)
    }

    fn parameter(&mut self, a: &Parameter) -> Value {
        let f = Fields::new().add("arg", ident(&a.name)).opt("annotation", self.opt_expr(a.annotation.as_deref()));
        self.node("arg", f, Some(a.span))
    }

    fn keyword(&mut self, k: &Keyword) -> Value {
        let f = Fields::new().opt("arg", k.arg.as_ref().map(ident)).add("value", self.expr(&k.value));
        self.node("keyword", f, Some(k.span))
    }

    fn alias(&mut self, a: &Alias) -> Value {
        let f = Fields::new().add("name", simple(repr_str(&a.name))).opt("asname", a.asname.as_ref().map(ident));
        self.node("alias", f, Some(a.span))
    }

    fn with_item(&mut self, i: &WithItem) -> Value {
        let f = Fields::new()
            .add("context_expr", self.expr(&i.context_expr))
            .opt("optional_vars", self.opt_expr(i.optional_vars.as_ref()));
        self.node("withitem", f, None)
    }

    fn handler(&mut self, h: &ExceptHandler) -> Value {
        let f = Fields::new()
            .opt("type", self.opt_expr(h.type_.as_ref()))
            .opt("name", h.name.as_ref().map(ident))
            .add("body", self.stmts(&h.body));
        self.node("ExceptHandler", f, Some(h.span))
    }

    fn match_case(&mut self, c: &MatchCase) -> Value {
        let f = Fields::new()
            .add("pattern", self.pattern(&c.pattern))
            .opt("guard", self.opt_expr(c.guard.as_ref()))
            .add("body", self.stmts(&c.body));
        self.node("match_case", f, None)
    }

    fn patterns(&mut self, v: &[Pattern]) -> Value {
        Value::List(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&mut self, p: &Pattern) -> Value {
        let (name, f) = match &p.kind {
            PatternKind::MatchValue { value } => ("MatchValue", Fields::new().add("value", self.expr(value))),
            PatternKind::MatchSingleton { value } => {
                ("MatchSingleton", Fields::new().add("value", simple(constant_repr(value))))
            }
            PatternKind::MatchSequence { patterns } => {
                ("MatchSequence", Fields::new().add("patterns", self.patterns(patterns)))
            }
            PatternKind::MatchMapping { keys, patterns, rest } => (
                "MatchMapping",
                Fields::new()
                    .add("keys", self.exprs(keys))
                    .add("patterns", self.patterns(patterns))
                    .opt("rest", rest.as_ref().map(ident)),
            ),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => (
                "MatchClass",
                Fields::new()
                    .add("cls", self.expr(cls))
                    .add("patterns", self.patterns(patterns))
                    .add("kwd_attrs", Value::List(kwd_attrs.iter().map(ident).collect()))
                    .add("kwd_patterns", self.patterns(kwd_patterns)),
            ),
            PatternKind::MatchStar { name } => ("MatchStar", Fields::new().opt("name", name.as_ref().map(ident))),
            PatternKind::MatchAs { pattern, name } => (
                "MatchAs",
                Fields::new()
                    .opt("pattern", pattern.as_ref().map(|p| self.pattern(p)))
                    .opt("name", name.as_ref().map(ident)),
            ),
            PatternKind::MatchOr { patterns } => ("MatchOr", Fields::new().add("patterns", self.patterns(patterns))),
        };
        self.node(name, f, Some(p.span))
    }
}

fn context(ctx: ExprContext) -> Value {
    bare(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmp_name(op: CmpOperator) -> &'static str {
    match op {
        CmpOperator::Eq => "Eq",
        CmpOperator::NotEq => "NotEq",
        CmpOperator::Lt => "Lt",
        CmpOperator::LtE => "LtE",
        CmpOperator::Gt => "Gt",
        CmpOperator::GtE => "GtE",
        CmpOperator::Is => "Is",
        CmpOperator::IsNot => "IsNot",
        CmpOperator::In => "In",
        CmpOperator::NotIn => "NotIn",
    }
}

/// Python's `repr` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => repr_complex(*real, *imag),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}
