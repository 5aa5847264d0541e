# Generated from templates/site/search.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '6c3ef42cfd247961148086e916aad2fdf05f113d595b14ef1e62f8278fd6c3f7'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/search.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/search.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/search.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_search = resolve('search')
    l_0_asset = resolve('asset')
    l_0_root = resolve('root')
    pass
    yield '<h1>Search</h1>\n<form class="app-search" action="search.html" method="get" role="search"'
    if (undefined(name='search') if l_0_search is missing else l_0_search):
        pass
        yield ' data-index="'
        yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'search-index.js', _block_vars=_block_vars))
        yield '"'
    yield '>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="search-input">Search the care models site</label>\n    <div class="nhsuk-hint" id="search-hint">For example: capitated budget, TUPE, governance of a PACS</div>\n    <div class="app-search__row">\n      <input class="nhsuk-input app-search__input" id="search-input" name="q" type="search" autocomplete="off" aria-describedby="search-hint">\n      <button class="nhsuk-button app-search__button" type="submit" data-module="nhsuk-button">Search</button>\n    </div>\n  </div>\n</form>\n<p id="search-status" class="app-search__status" role="status" aria-live="polite"></p>\n<div id="search-advice" class="app-search__advice" hidden>\n  <h2 class="nhsuk-heading-s">Improve your search</h2>\n  <ul class="nhsuk-list nhsuk-list--bullet">\n    <li>check the spelling</li>\n    <li>use fewer words, or another word for the same thing</li>\n    <li>search for a model by its short name, like MCP, PACS or ACO</li>\n  </ul>\n  <p>Or browse the <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'models/index.html">ten care models</a>, the <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'glossary.html">glossary</a>\n    or the <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'sources.html">sources</a>.</p>\n</div>\n<ol id="search-results" class="nhsuk-list app-search__results"></ol>\n<noscript><p>Search runs in your browser and needs JavaScript. Without it, use the <a href="glossary.html">glossary</a> and the\n  links in the page footer.</p></noscript>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_asset = resolve('asset')
    pass
    yield '<script src="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'search.js', _block_vars=_block_vars))
    yield '"></script>\n'

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=13&2=16&3=20&5=32&23=38&24=42&30=45&31=55'
