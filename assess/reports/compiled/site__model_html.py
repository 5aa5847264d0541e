# Generated from templates/site/model.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'e9cbfcb6557c6c4ff9ddc0d923466627b3f5c02d0a20205c7edea89f2f44917c'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/model.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/model.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/model.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    l_0_root = resolve('root')
    l_0_x = resolve('x')
    l_0_glance = resolve('glance')
    l_0_contents = resolve('contents')
    l_0_vanguards = resolve('vanguards')
    l_0_since = resolve('since')
    l_0_sources = resolve('sources')
    l_0_prev = resolve('prev')
    l_0_next = resolve('next')
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield '<span class="nhsuk-caption-l">Option '
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'option'))
    yield ' of the HLP support pack</span>\n<h1>'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))
    if (environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name') and (environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name') != environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))):
        pass
        yield ' ('
        yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name'))
        yield ')'
    yield '</h1>\n<p>Family: <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'families/'
    yield escape(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'family'), 'id'))
    yield '.html">'
    yield escape(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'family'), 'name'))
    yield '</a></p>\n\n<section class="nhsuk-card nhsuk-card--feature app-glance" aria-labelledby="at-a-glance">\n  <div class="nhsuk-card__content nhsuk-card__content--feature">\n    <h2 class="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m" id="at-a-glance">At a glance</h2>\n    <dl class="nhsuk-summary-list app-glance__list">\n      <div class="nhsuk-summary-list__row">\n        <dt class="nhsuk-summary-list__key">What it is</dt>\n        <dd class="nhsuk-summary-list__value">'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'what'), _block_vars=_block_vars))
    yield '</dd>\n      </div>\n'
    if environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'objectives'):
        pass
        yield '      <div class="nhsuk-summary-list__row">\n        <dt class="nhsuk-summary-list__key">When it fits</dt>\n        <dd class="nhsuk-summary-list__value">\n          <p>When your objectives include '
        l_1_loop = missing
        for l_1_o, l_1_loop in LoopContext(environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'objectives'), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield escape((' or ' if environment.getattr(l_1_loop, 'last') else ', '))
            yield escape(l_1_o)
        l_1_loop = l_1_o = missing
        yield '.\n            '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _block_vars=_block_vars))
        yield ' <a href="#objectives">Why: the passages each rests on</a></p>\n        </dd>\n      </div>\n'
    yield '      <div class="nhsuk-summary-list__row">\n        <dt class="nhsuk-summary-list__key">Barriers the pack lists first</dt>\n        <dd class="nhsuk-summary-list__value">\n          '
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'barriers'), _block_vars=_block_vars))
    yield '\n'
    if environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'more_barriers'):
        pass
        yield '          <p><a href="#barriers">All barriers</a> ('
        yield escape(environment.getattr((undefined(name='glance') if l_0_glance is missing else l_0_glance), 'more_barriers'))
        yield ' more)</p>\n'
    yield '        </dd>\n      </div>\n    </dl>\n  </div>\n</section>\n\n<nav class="nhsuk-contents-list" aria-label="Sections of this page">\n  <h2 class="nhsuk-u-visually-hidden">Contents</h2>\n  <ol class="nhsuk-contents-list__list">\n'
    for (l_1_anchor, l_1_title) in (undefined(name='contents') if l_0_contents is missing else l_0_contents):
        _loop_vars = {}
        pass
        yield '    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#'
        yield escape(l_1_anchor)
        yield '">'
        yield escape(l_1_title)
        yield '</a></li>\n'
    l_1_anchor = l_1_title = missing
    yield '  </ol>\n</nav>\n\n<h2 id="overview">Overview</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'overview'), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'overview_points'), _block_vars=_block_vars))
    yield '\n\n<h2 id="examples">Examples</h2>\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'examples'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'example_list'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'examples'), _block_vars=_block_vars))
        yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'examples_note'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'examples_note'), _block_vars=_block_vars))
        yield '\n'
    if (undefined(name='vanguards') if l_0_vanguards is missing else l_0_vanguards):
        pass
        yield '<p>Examples that share a name with a vanguard site (matched by name only, this tool\'s reading: a shared name, not the same project):</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
        for l_1_v in (undefined(name='vanguards') if l_0_vanguards is missing else l_0_vanguards):
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(l_1_v)
            yield '</li>\n'
        l_1_v = missing
        yield '</ul>\n'
    yield '\n<h2 id="business-case">Business case: key issues</h2>\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'business_intro'):
        pass
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'business_intro'), _block_vars=_block_vars))
        yield '\n'
    for l_1_group in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'business_case'):
        _loop_vars = {}
        pass
        yield '<h3 id="business-case-'
        yield escape(t_1(environment.getattr(l_1_group, 'title')))
        yield '">'
        yield escape(environment.getattr(l_1_group, 'title'))
        yield '</h3>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), l_1_group, _loop_vars=_loop_vars))
        yield '\n'
    l_1_group = missing
    yield '\n'
    for l_1_s in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sections'):
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getitem(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'section_ids'), environment.getattr(l_1_s, 'key')))
        yield '">'
        yield escape(environment.getattr(l_1_s, 'title'))
        yield '</h2>\n'
        if ((environment.getattr(l_1_s, 'key') == 'workforce') and environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'workforce_note')):
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'workforce_note'), _loop_vars=_loop_vars))
            yield '\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), l_1_s, _loop_vars=_loop_vars))
        yield '\n'
    l_1_s = missing
    yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'objectives'):
        pass
        yield '<h2 id="objectives">Objectives it serves</h2>\n<p>Which Quick Guide objectives this model serves. The pack’s own summary of this is a picture missing from its text,\n  so each link below is this tool’s own judgement from the model’s text, marked “our judgement”, with the passage it rests on.</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
        for l_1_o in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'objectives'):
            _loop_vars = {}
            pass
            yield '  <li><strong>'
            yield escape(environment.getattr(l_1_o, 'name'))
            yield '</strong>: '
            yield escape(environment.getattr(l_1_o, 'rationale'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _loop_vars=_loop_vars))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), markup_join(('from ', environment.getattr(l_1_o, 'cite'), )), True, _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_o = missing
        yield '</ul>\n'
    yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'related'):
        pass
        yield '<h2 id="related">Related models</h2>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
        for l_1_r in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'related'):
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
            yield 'models/'
            yield escape(environment.getattr(l_1_r, 'id'))
            yield '.html">'
            yield escape(environment.getattr(l_1_r, 'name'))
            yield '</a>: '
            yield escape(environment.getattr(l_1_r, 'text'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), environment.getattr(l_1_r, 'cite'), True, _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_r = missing
        yield '</ul>\n'
    yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'variants'):
        pass
        yield '<h2 id="variants">Variants (BMA GPC, 2015)</h2>\n'
        for l_1_v in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'variants'):
            _loop_vars = {}
            pass
            yield '<h3 id="variant-'
            yield escape(environment.getattr(l_1_v, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_v, 'name'))
            yield '</h3>\n'
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'description'), _loop_vars=_loop_vars))
            yield '\n'
            if environment.getitem(environment.getattr(l_1_v, 'features'), 'items'):
                pass
                yield '<h4>Features</h4>\n'
                yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'features'), _loop_vars=_loop_vars))
                yield '\n'
            if environment.getitem(environment.getattr(l_1_v, 'early_features'), 'items'):
                pass
                yield '<h4>Early features</h4>\n'
                yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'early_features'), _loop_vars=_loop_vars))
                yield '\n'
            if environment.getitem(environment.getattr(l_1_v, 'mature_features'), 'items'):
                pass
                yield '<h4>Mature features</h4>\n'
                yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'mature_features'), _loop_vars=_loop_vars))
                yield '\n'
            if environment.getattr(l_1_v, 'examples'):
                pass
                yield '<h4>Examples</h4>\n'
                yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'example_list'), environment.getattr(l_1_v, 'examples'), _loop_vars=_loop_vars))
                yield '\n'
        l_1_v = missing
    yield '\n'
    if (undefined(name='since') if l_0_since is missing else l_0_since):
        pass
        yield '<h2 id="since">Since the sources</h2>\n<p>What later public documents say about arrangements of today’s NHS that are close to this model. The text above is\n  as of the sources’ dates; <a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'since.html">all that has changed since</a>.</p>\n'
        for l_1_s in (undefined(name='since') if l_0_since is missing else l_0_since):
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'since_statement'), (undefined(name='root') if l_0_root is missing else l_0_root), l_1_s, models=False, _loop_vars=_loop_vars))
            yield '\n<p>'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'text'))
            if environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'derived'):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _loop_vars=_loop_vars))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'cite'), _loop_vars=_loop_vars))
            yield '</p>\n'
        l_1_s = missing
    yield '\n<h2 id="sources">Sources</h2>\n<p>This page draws on:</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
    for l_1_s in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        _loop_vars = {}
        pass
        yield '  <li><a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'sources.html#'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_s, 'short'))
        yield '</a>: '
        yield escape(environment.getattr(l_1_s, 'title'))
        yield ' ('
        yield escape(environment.getattr(l_1_s, 'date'))
        yield ')</li>\n'
    l_1_s = missing
    yield '</ul>\n\n<nav class="nhsuk-pagination" role="navigation" aria-label="Other care models">\n  <ul class="nhsuk-list nhsuk-pagination__list">\n'
    if (undefined(name='prev') if l_0_prev is missing else l_0_prev):
        pass
        yield '    <li class="nhsuk-pagination-item--previous">\n      <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'models/'
        yield escape(environment.getattr((undefined(name='prev') if l_0_prev is missing else l_0_prev), 'id'))
        yield '.html" rel="prev">\n        <span class="nhsuk-pagination__title">Previous</span>\n        <span class="nhsuk-u-visually-hidden">:</span>\n        <span class="nhsuk-pagination__page">'
        yield escape(environment.getattr((undefined(name='prev') if l_0_prev is missing else l_0_prev), 'name'))
        yield '</span>\n        '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'icon'), 'arrow-left', _block_vars=_block_vars))
        yield '\n      </a>\n    </li>\n'
    if (undefined(name='next') if l_0_next is missing else l_0_next):
        pass
        yield '    <li class="nhsuk-pagination-item--next">\n      <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'models/'
        yield escape(environment.getattr((undefined(name='next') if l_0_next is missing else l_0_next), 'id'))
        yield '.html" rel="next">\n        <span class="nhsuk-pagination__title">Next</span>\n        <span class="nhsuk-u-visually-hidden">:</span>\n        <span class="nhsuk-pagination__page">'
        yield escape(environment.getattr((undefined(name='next') if l_0_next is missing else l_0_next), 'name'))
        yield '</span>\n        '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'icon'), 'arrow-right', _block_vars=_block_vars))
        yield '\n      </a>\n    </li>\n'
    yield '  </ul>\n</nav>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&4=45&5=47&6=54&14=60&16=62&20=66&21=75&28=78&29=80&30=83&41=86&42=90&48=96&49=98&52=100&53=102&55=104&56=106&58=108&61=111&62=115&68=120&69=122&71=124&72=128&73=132&76=136&77=140&78=144&79=146&81=148&84=152&89=155&90=159&95=170&98=173&99=177&104=190&106=193&107=197&108=201&109=203&111=206&113=208&115=211&117=213&119=216&121=218&123=221&128=225&131=228&132=230&133=233&134=235&141=245&142=249&148=261&150=264&153=268&154=270&158=272&160=275&163=279&164=281'
