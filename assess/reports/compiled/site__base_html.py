# Generated from templates/site/base.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '1227da8a3f9d8f745bee3cc654b6e4fd0373737bb369960714f53e397ff59cd5'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/base.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_asset = resolve('asset')
    l_0_root = resolve('root')
    l_0_nav = resolve('nav')
    l_0_up = resolve('up')
    l_0_more = resolve('more')
    l_0_as_at = resolve('as_at')
    l_0_x = missing
    pass
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/base.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    yield ' – Care models</title>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description'):
        pass
        yield '<meta name="description" content="'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description'))
        yield '">\n'
    yield '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'vendor/nhsuk-frontend/nhsuk-frontend.min.css'))
    yield '">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'site.css'))
    yield '">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'print.css'))
    yield '" media="print">\n<script>document.documentElement.className += " app-js";</script>\n</head>\n<body>\n<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>\n<header class="nhsuk-header app-header">\n  <div class="nhsuk-header__container nhsuk-width-container">\n    <div class="nhsuk-header__service">\n      <a class="nhsuk-header__service-name app-header__service" href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html">Care models <span class="app-header__strap">choosing a new care model</span></a>\n    </div>\n'
    if ((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'nav') != 'search') and (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'transaction'))):
        pass
        yield '    <search class="nhsuk-header__search">\n      <form class="nhsuk-header__search-form" action="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'search.html" method="get" novalidate>\n        <div class="nhsuk-form-group">\n          <label class="nhsuk-label nhsuk-u-visually-hidden" for="search-field">Search this site</label>\n          <div class="nhsuk-input-wrapper">\n            <input class="nhsuk-input" id="search-field" name="q" type="search" autocomplete="off" placeholder="Search">\n            <button class="nhsuk-button nhsuk-button--icon nhsuk-button--small" data-module="nhsuk-button" type="submit" aria-label="Search">\n              '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'icon'), 'search'))
        yield '\n            </button>\n          </div>\n        </div>\n      </form>\n    </search>\n'
    yield '  </div>\n'
    if (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'transaction')):
        pass
        yield '  <nav class="nhsuk-header__navigation app-nav" aria-label="Menu">\n    <div class="nhsuk-header__navigation-container nhsuk-width-container">\n      <ul class="nhsuk-header__navigation-list app-nav__list">\n'
        for (l_1_key, l_1_label, l_1_href) in (undefined(name='nav') if l_0_nav is missing else l_0_nav):
            _loop_vars = {}
            pass
            yield '        <li class="nhsuk-header__navigation-item'
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'nav') == l_1_key):
                pass
                yield ' nhsuk-header__navigation-item--current'
            yield '">\n          <a class="nhsuk-header__navigation-link" href="'
            yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
            yield escape(l_1_href)
            yield '"'
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path') == l_1_href):
                pass
                yield ' aria-current="page"'
            elif (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'nav') == l_1_key):
                pass
                yield ' aria-current="true"'
            yield '>'
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'nav') == l_1_key):
                pass
                yield '<strong class="nhsuk-header__navigation-item-current-fallback">'
                yield escape(l_1_label)
                yield '</strong>'
            else:
                pass
                yield escape(l_1_label)
            yield '</a>\n        </li>\n'
        l_1_key = l_1_label = l_1_href = missing
        yield '      </ul>\n    </div>\n  </nav>\n'
    else:
        pass
        yield '  <div class="app-phase">\n    <p class="nhsuk-width-container app-phase__body"><strong class="nhsuk-tag nhsuk-tag--blue app-phase__tag">Beta</strong>\n      This is a new service. It runs in your browser and sends nothing anywhere.</p>\n  </div>\n'
    yield '</header>\n<div class="nhsuk-width-container">\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'crumbs'):
        pass
        yield '  <nav class="nhsuk-breadcrumb app-breadcrumb" aria-label="Breadcrumb">\n    <ol class="nhsuk-breadcrumb__list">\n'
        for (l_1_title, l_1_href) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'crumbs'):
            _loop_vars = {}
            pass
            yield '      <li class="nhsuk-breadcrumb__list-item"><a class="nhsuk-breadcrumb__link" href="'
            yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
            yield escape(l_1_href)
            yield '">'
            yield escape(l_1_title)
            yield '</a></li>\n'
        l_1_title = l_1_href = missing
        yield '    </ol>\n'
        l_0_up = environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'crumbs'), -1)
        context.vars['up'] = l_0_up
        context.exported_vars.add('up')
        yield '    <p class="app-breadcrumb__back"><a class="nhsuk-back-link" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(environment.getitem((undefined(name='up') if l_0_up is missing else l_0_up), 1))
        yield '">Back to '
        yield escape(environment.getitem((undefined(name='up') if l_0_up is missing else l_0_up), 0))
        yield '</a></p>\n  </nav>\n'
    yield '  <main class="nhsuk-main-wrapper app-main" id="maincontent">\n'
    yield from context.blocks['content'][0](context)
    yield '  </main>\n</div>\n<footer class="nhsuk-footer" role="contentinfo">\n  <div class="nhsuk-width-container">\n    <h2 class="nhsuk-u-visually-hidden">More pages</h2>\n    <ul class="nhsuk-footer__list app-footer__list">\n'
    for (l_1_title, l_1_href) in (undefined(name='more') if l_0_more is missing else l_0_more):
        _loop_vars = {}
        pass
        yield '      <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(l_1_href)
        yield '">'
        yield escape(l_1_title)
        yield '</a></li>\n'
    l_1_title = l_1_href = missing
    yield '    </ul>\n    <p class="nhsuk-body-s app-footer__note">Built by care-models from its knowledge base. Statements cite the source documents;\n      the project’s own judgements are marked <strong>our judgement</strong>. This site works offline and sends nothing anywhere.</p>\n    <p class="nhsuk-body-s app-footer__note">'
    yield escape((undefined(name='as_at') if l_0_as_at is missing else l_0_as_at))
    yield '</p>\n  </div>\n</footer>\n'
    yield from context.blocks['scripts'][0](context)
    yield '</body>\n</html>\n'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=19&7=22&8=24&9=27&12=30&13=32&14=34&22=36&24=38&26=41&32=43&40=46&44=49&45=53&46=57&60=82&63=85&64=89&67=96&68=100&72=106&79=108&80=112&85=119&88=121&72=124&88=133'
