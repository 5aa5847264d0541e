# Generated from templates/compare.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'd61d79ebcbb6b86e9a0efe9c1aed9d4aa562c9a3193285e30b70e910b5f0c885'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_c = resolve('c')
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    pass
    yield '# Comparison: '
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'models'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_m, 'name'))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_m = missing
    yield '\n\n| |'
    for l_1_m in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'models'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(t_1(environment.getattr(l_1_m, 'name')))
        yield ' |'
    l_1_m = missing
    yield '\n|---|'
    for l_1_m in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'models'):
        _loop_vars = {}
        pass
        yield '---|'
    l_1_m = missing
    yield '\n'
    for l_1_row in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'rows'):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(t_1(environment.getattr(l_1_row, 'title')))
        yield '** |'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(t_1(l_2_cell))
            yield ' |'
        l_2_cell = missing
        yield '\n'
    l_1_row = missing
    yield '\nEach cell lists the statements of the knowledge base, with their sources in brackets; `assess kb show ID` gives them in full.\n\n## Sources\n\n'
    for l_1_s in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sources'):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.getattr(l_1_s, 'short'))
        yield '**: '
        yield str(environment.getattr(l_1_s, 'title'))
        if environment.getattr(l_1_s, 'author'):
            pass
            yield ', '
            yield str(environment.getattr(l_1_s, 'author'))
        if environment.getattr(l_1_s, 'date'):
            pass
            yield ', '
            yield str(environment.getattr(l_1_s, 'date'))
    l_1_s = missing
    yield '\n*'
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'as_at'))
    yield '*\n\n---\n\n*care-models '
    yield str(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'footer'), 'version'))
    yield ' · knowledge base `'
    yield str(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'footer'), 'kb')[:16])
    yield '`*\n'

blocks = {}
debug_info = '2=20&5=29&7=37&9=43&10=47&18=59&19=63&22=76&26=78'
