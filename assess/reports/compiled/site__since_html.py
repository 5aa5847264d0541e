# Generated from templates/site/since.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '8fa1003af2090e28231429620cf2c82dd3706ace17fb82e79ad6916a9dcd58d1'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/since.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/since.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/since.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_intro = resolve('intro')
    l_0_root = resolve('root')
    l_0_topics = resolve('topics')
    l_0_documents = resolve('documents')
    pass
    yield '<h1>Since the sources</h1>\n<p class="nhsuk-lede-text">'
    yield escape((undefined(name='intro') if l_0_intro is missing else l_0_intro))
    yield '</p>\n<p>The <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'sources.html">source documents</a> are each shown with their own date; everything else on\n  this site is as of those dates.</p>\n'
    for l_1_t in (undefined(name='topics') if l_0_topics is missing else l_0_topics):
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_t, 'title'))
        yield '</h2>\n'
        for l_2_s in environment.getattr(l_1_t, 'statements'):
            l_2_x = resolve('x')
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'since_statement'), (undefined(name='root') if l_0_root is missing else l_0_root), l_2_s, _loop_vars=_loop_vars))
            yield '\n'
        l_2_s = l_2_x = missing
        for l_2_th in environment.getattr(l_1_t, 'then'):
            _loop_vars = {}
            pass
            yield '<div class="nhsuk-inset-text">\n  <span class="nhsuk-u-visually-hidden">Information: </span>\n  <p>What the BMA paper (April 2015) said — '
            yield escape(environment.getattr(l_2_th, 'title'))
            yield '</p>\n'
            for l_3_p in environment.getattr(l_2_th, 'points'):
                l_3_x = resolve('x')
                _loop_vars = {}
                pass
                yield '  <p>'
                yield escape(environment.getattr(l_3_p, 'text'))
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='x') if l_3_x is missing else l_3_x), 'source'), environment.getattr(l_3_p, 'cite'), _loop_vars=_loop_vars))
                yield '</p>\n'
            l_3_p = l_3_x = missing
            yield '</div>\n'
        l_2_th = missing
    l_1_t = missing
    yield '<h2 id="documents">The later documents</h2>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
    for l_1_d in (undefined(name='documents') if l_0_documents is missing else l_0_documents):
        _loop_vars = {}
        pass
        yield '  <li id="doc-'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '"><strong>'
        yield escape(environment.getattr(l_1_d, 'short'))
        yield '</strong>: '
        yield escape(environment.getattr(l_1_d, 'title'))
        yield ', '
        yield escape(environment.getattr(l_1_d, 'publisher'))
        yield ', '
        yield escape(environment.getattr(l_1_d, 'date'))
        yield '. <span class="app-address">'
        yield escape(environment.getattr(l_1_d, 'address'))
        yield '</span></li>\n'
    l_1_d = missing
    yield '</ul>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&5=33&6=35&8=37&9=41&10=45&11=49&13=52&16=56&17=58&18=63&25=72&26=76'
