# Generated from templates/site/glossary.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'bf306306dec54fc2b0a895af04a855685f1ed13a919ae312f25c433d8f4063db'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/glossary.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/glossary.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/glossary.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_letters = resolve('letters')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '<h1>Glossary</h1>\n<p class="nhsuk-lede-text">Acronyms and terms of art used in the source documents. Pages of this site link the first\n  mention of each term to its entry here.</p>\n<nav aria-label="Glossary by letter" class="app-letters">\n  <ul class="nhsuk-list app-letters__list">\n'
    for l_1_l in (undefined(name='letters') if l_0_letters is missing else l_0_letters):
        _loop_vars = {}
        pass
        yield '    <li><a href="#letter-'
        yield escape(t_1(context.eval_ctx, l_1_l, '–', '-'))
        yield '">'
        yield escape(l_1_l)
        yield '</a></li>\n'
    l_1_l = missing
    yield '  </ul>\n</nav>\n'
    for l_1_l in (undefined(name='letters') if l_0_letters is missing else l_0_letters):
        l_1_entries = resolve('entries')
        _loop_vars = {}
        pass
        yield '<h2 id="letter-'
        yield escape(t_1(context.eval_ctx, l_1_l, '–', '-'))
        yield '">'
        yield escape(l_1_l)
        yield '</h2>\n<dl class="app-glossary">\n'
        def t_2(fiter):
            l_2_letter = resolve('letter')
            for l_2_e in fiter:
                if (context.call((undefined(name='letter') if l_2_letter is missing else l_2_letter), environment.getattr(l_2_e, 'term')) == l_1_l):
                    yield l_2_e
        for l_2_e in t_2((undefined(name='entries') if l_1_entries is missing else l_1_entries)):
            l_2_x = resolve('x')
            l_2_root = resolve('root')
            _loop_vars = {}
            pass
            yield '  <dt id="'
            yield escape(environment.getattr(l_2_e, 'anchor'))
            yield '">'
            yield escape(environment.getattr(l_2_e, 'term'))
            if environment.getattr(l_2_e, 'expansion'):
                pass
                yield ' <span class="app-glossary__expansion">('
                yield escape(environment.getattr(l_2_e, 'expansion'))
                yield ')</span>'
            yield '</dt>\n  <dd>'
            yield escape(environment.getattr(environment.getattr(l_2_e, 'meaning'), 'text'))
            if environment.getattr(environment.getattr(l_2_e, 'meaning'), 'derived'):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'tag_derived'), _loop_vars=_loop_vars))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'source'), environment.getattr(environment.getattr(l_2_e, 'meaning'), 'cite'), _loop_vars=_loop_vars))
            if environment.getattr(l_2_e, 'now'):
                pass
                yield '    <br><strong>Since the sources:</strong> '
                yield escape(environment.getattr(environment.getattr(l_2_e, 'now'), 'text'))
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'source'), environment.getattr(environment.getattr(l_2_e, 'now'), 'cite'), _loop_vars=_loop_vars))
                yield ' <a href="'
                yield escape((undefined(name='root') if l_2_root is missing else l_2_root))
                yield 'since.html">What has changed</a>'
            yield '</dd>\n'
        l_2_e = l_2_x = l_2_root = missing
        yield '</dl>\n'
    l_1_l = l_1_entries = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&9=36&10=40&14=46&15=51&17=55&18=66&19=75&20=85'
