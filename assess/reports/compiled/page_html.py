# Generated from templates/page.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'f2eb971949751775905a3094667ac69e9602e37b781031e7500bb7a1f1133bad'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'page.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_description = resolve('description')
    l_0_date_iso = resolve('date_iso')
    l_0_title = resolve('title')
    l_0_css = resolve('css')
    l_0_kind = resolve('kind')
    l_0_body = resolve('body')
    pass
    yield '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="care-models">\n'
    if (undefined(name='description') if l_0_description is missing else l_0_description):
        pass
        yield '<meta name="description" content="'
        yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
        yield '">\n'
    if (undefined(name='date_iso') if l_0_date_iso is missing else l_0_date_iso):
        pass
        yield '<meta name="dcterms.created" content="'
        yield escape((undefined(name='date_iso') if l_0_date_iso is missing else l_0_date_iso))
        yield '">\n<meta name="dcterms.modified" content="'
        yield escape((undefined(name='date_iso') if l_0_date_iso is missing else l_0_date_iso))
        yield '">\n'
    yield '<title>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</title>\n<style>\n'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '\n</style>\n</head>\n<body class="'
    yield escape((undefined(name='kind') if l_0_kind is missing else l_0_kind))
    yield '">\n<main>\n'
    yield escape((undefined(name='body') if l_0_body is missing else l_0_body))
    yield '\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '8=18&9=21&11=23&12=26&13=28&15=31&17=33&20=35&22=37'
