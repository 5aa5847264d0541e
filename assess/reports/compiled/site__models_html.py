# Generated from templates/site/models.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '5256d5dddbe59eebeec3954234bb8c0305402341c12d6ea5c3f161ba884e347d'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/models.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/models.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/models.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_root = resolve('root')
    l_0_families = resolve('families')
    pass
    yield '<h1>The ten care models</h1>\n<p class="nhsuk-lede-text">The options of the HLP support pack, in its three families.\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'compare.html">Compare them side by side</a> or <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'assess.html">take the assessment</a>.</p>\n<p>Also in this section, the ways of joining up <a href="#alongside">alongside or instead of a new model</a>:\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'collaborative.html">collaborative alternatives</a>, <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'legal.html">legal forms</a>,\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'provider-networks.html">provider networks</a> and\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'gp-integration.html">general practice and integration</a>.</p>\n'
    for l_1_f in (undefined(name='families') if l_0_families is missing else l_0_families):
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '"><a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'families/'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '.html">'
        yield escape(environment.getattr(l_1_f, 'name'))
        yield '</a></h2>\n<ul class="nhsuk-grid-row nhsuk-card-group">\n'
        for l_2_m in environment.getattr(l_1_f, 'models'):
            l_2_x = resolve('x')
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'model_card'), (undefined(name='root') if l_0_root is missing else l_0_root), l_2_m, _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = l_2_x = missing
        yield '</ul>\n'
    l_1_f = missing
    yield '<h2 id="alongside">Alongside or instead of a new model</h2>\n<ul class="nhsuk-list nhsuk-list--bullet">\n  <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'collaborative.html">Collaborative alternatives</a>: buddying, clinical or strategic networks and informal partnerships, used alongside or instead of a new model</li>\n  <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'legal.html">Legal forms</a>: from a lead provider contract to a merger</li>\n  <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'provider-networks.html">Provider networks</a>: how partners make decisions together and share a capitated budget</li>\n  <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'gp-integration.html">General practice and integration</a>: the types of MCP and PACS, and what of general practice to protect</li>\n</ul>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&6=31&8=35&9=39&10=41&11=43&12=47&14=55&15=59&21=65&22=67&23=69&24=71'
