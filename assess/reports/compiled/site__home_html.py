# Generated from templates/site/home.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '3be3d556a5e25966f438f4ffcb597554c479c2829ff18dd04dcaf0cfa8053d67'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/home.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/home.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/home.html.j2')._get_default_module(context)
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
    l_0_x = resolve('x')
    l_0_purpose = resolve('purpose')
    l_0_families = resolve('families')
    l_0_quick_guide = resolve('quick_guide')
    l_0_conclusion = resolve('conclusion')
    l_0_collaborative = resolve('collaborative')
    pass
    yield '<h1>Choosing a new care model</h1>\n<p class="nhsuk-lede-text">Find out which of the ten new care models for health and care services in England fits your\n  local system. Answer questions about what you want to change and who is involved; you get a recommendation, how sure it\n  is and why, the questions your board should ask, and a board paper to download.</p>\n<a class="nhsuk-button nhsuk-button--start app-start-link" href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'assess.html">Start the assessment</a>\n<p>It takes about 15 minutes. Every question accepts “I don’t know”, and your answers stay in your browser.\n  You can also <a href="#models">read about each model</a> or <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'compare.html">compare them side by side</a>.</p>\n\n<h2 id="purpose">What the models are for</h2>\n<p>The ten models come from the Healthy London Partnership support pack, with what each involves, its benefits and barriers.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='purpose') if l_0_purpose is missing else l_0_purpose), _block_vars=_block_vars))
    yield '\n\n<h2 id="models">The ten care models</h2>\n<p>The pack groups the options into three families. Each model has its own page with an overview, examples,\n  the key issues for a business case, benefits, governance, regulation, barriers and workforce considerations.\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'compare.html">Compare them side by side</a>.</p>\n'
    for l_1_f in (undefined(name='families') if l_0_families is missing else l_0_families):
        _loop_vars = {}
        pass
        yield '<h3 id="family-'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '"><a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'families/'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '.html">'
        yield escape(environment.getattr(l_1_f, 'name'))
        yield '</a></h3>\n<ul class="nhsuk-grid-row nhsuk-card-group">\n'
        for l_2_m in environment.getattr(l_1_f, 'models'):
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'model_card'), (undefined(name='root') if l_0_root is missing else l_0_root), l_2_m, 4, _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = missing
        yield '</ul>\n'
    l_1_f = missing
    yield '\n<h2 id="quick-guide">How to choose: the Quick Guide</h2>\n<p>The support pack asks five questions before choosing a model. The <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'assess.html">assessment</a>\n  asks them in more detail and scores the ten models on your answers.</p>\n<ol class="nhsuk-list app-quick-guide">\n'
    for l_1_g in (undefined(name='quick_guide') if l_0_quick_guide is missing else l_0_quick_guide):
        _loop_vars = {}
        pass
        yield '  <li>\n    <h3 class="nhsuk-heading-s">'
        yield escape(environment.getattr(l_1_g, 'number'))
        yield '. '
        yield escape(environment.getattr(l_1_g, 'title'))
        yield '</h3>\n    '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_g, 'prompts'), _loop_vars=_loop_vars))
        yield '\n  </li>\n'
    l_1_g = missing
    yield '</ol>\n\n<h2 id="not-one-size">Not one size fits all</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='conclusion') if l_0_conclusion is missing else l_0_conclusion), _block_vars=_block_vars))
    yield '\n<div class="nhsuk-inset-text">\n  <span class="nhsuk-u-visually-hidden">Information: </span>\n  '
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), (undefined(name='collaborative') if l_0_collaborative is missing else l_0_collaborative), _block_vars=_block_vars))
    yield '\n  <p>See <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'collaborative.html">collaborative alternatives</a>, <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'legal.html">legal forms</a>\n    and <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'provider-networks.html">how provider networks make decisions together</a>.</p>\n</div>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&8=36&10=38&14=40&19=42&20=44&21=48&23=56&24=59&30=65&33=67&35=71&36=75&42=79&45=81&46=83&47=87'
