# Generated from templates/site/legal.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'b91888313c8b1490aaed1565eeeb087e748a865957fac3439eca3204ebf83244'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/legal.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/legal.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/legal.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_x = resolve('x')
    l_0_intro = resolve('intro')
    l_0_models = resolve('models')
    pass
    yield '<h1>Legal forms</h1>\n<p class="nhsuk-lede-text">The legal models for delivering new models of care, and the pros and cons of less and more formal ones.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='intro') if l_0_intro is missing else l_0_intro), _block_vars=_block_vars))
    yield '\n<div class="nhsuk-warning-callout">\n  <h2 class="nhsuk-warning-callout__label">Important<span class="nhsuk-u-visually-hidden">:</span></h2>\n  <p>Seek legal advice at the outset to minimise financial and legal risk. This page summarises the support pack; it is not legal advice.</p>\n</div>\n<h2 id="pros-and-cons">Pros and cons</h2>\n<div class="app-table-scroll" role="region" aria-labelledby="pros-caption" tabindex="0">\n<table class="nhsuk-table">\n  <caption class="nhsuk-table__caption" id="pros-caption">Less and more formal legal models</caption>\n  <thead class="nhsuk-table__head">\n    <tr class="nhsuk-table__row">\n      <th scope="col" class="nhsuk-table__header"><span class="nhsuk-u-visually-hidden">Kind</span></th>\n      <th scope="col" class="nhsuk-table__header">Pros</th>\n      <th scope="col" class="nhsuk-table__header">Cons</th>\n    </tr>\n  </thead>\n  <tbody class="nhsuk-table__body">\n'
    for (l_1_side, l_1_label) in (('less', 'Less formal'), ('more', 'More formal')):
        l_1_formality = resolve('formality')
        _loop_vars = {}
        pass
        yield '    <tr class="nhsuk-table__row">\n      <th scope="row" class="nhsuk-table__header">'
        yield escape(l_1_label)
        yield '</th>\n      <td class="nhsuk-table__cell">'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(environment.getitem((undefined(name='formality') if l_1_formality is missing else l_1_formality), l_1_side), 'pros'), _loop_vars=_loop_vars))
        yield '</td>\n      <td class="nhsuk-table__cell">'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(environment.getitem((undefined(name='formality') if l_1_formality is missing else l_1_formality), l_1_side), 'cons'), _loop_vars=_loop_vars))
        yield '</td>\n    </tr>\n'
    l_1_side = l_1_label = l_1_formality = missing
    yield '  </tbody>\n</table>\n</div>\n<h2 id="options">The options</h2>\n'
    for l_1_m in (undefined(name='models') if l_0_models is missing else l_0_models):
        _loop_vars = {}
        pass
        yield '<h3 id="'
        yield escape(environment.getattr(l_1_m, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_m, 'name'))
        yield '</h3>\n<p><strong>'
        yield escape(environment.getattr(l_1_m, 'category'))
        yield '</strong>: '
        yield escape(environment.getattr(environment.getattr(l_1_m, 'formality'), 'text'))
        if environment.getattr(environment.getattr(l_1_m, 'formality'), 'derived'):
            pass
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _loop_vars=_loop_vars))
        yield ' '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), environment.getattr(environment.getattr(l_1_m, 'formality'), 'cite'), _loop_vars=_loop_vars))
        yield '</p>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_m, 'description'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_m = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&6=32&23=34&25=39&26=41&27=43&34=47&35=51&36=55&37=65'
