# Generated from templates/site/_macros.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '2e053b22ec626b21c64e4423aeaa0f0dac6b631f6c2b4712d857970ed75382d9'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/_macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_tag_derived = l_0_source = l_0_one = l_0_items = l_0_example_list = l_0_model_card = l_0_icon = l_0_since_statement = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    def macro():
        t_5 = []
        pass
        t_5.append(
            '<strong class="nhsuk-tag nhsuk-tag--yellow app-tag">our judgement</strong>',
        )
        return concat(t_5)
    context.exported_vars.add('tag_derived')
    context.vars['tag_derived'] = l_0_tag_derived = Macro(environment, macro, 'tag_derived', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_text, l_1_item):
        t_6 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_item is missing:
            l_1_item = False
        pass
        t_6.extend((
            '<span class="app-source',
            escape((' app-source--item' if l_1_item else '')),
            '">(',
            escape(l_1_text),
            ')</span>',
        ))
        return concat(t_6)
    context.exported_vars.add('source')
    context.vars['source'] = l_0_source = Macro(environment, macro, 'source', ('text', 'item'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item, l_1_el):
        t_7 = []
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        if l_1_el is missing:
            l_1_el = 'p'
        pass
        t_7.extend((
            '<',
            escape(l_1_el),
            '>',
            escape(environment.getattr(l_1_item, 'text')),
        ))
        if environment.getattr(l_1_item, 'derived'):
            pass
            t_7.extend((
                ' ',
                escape(context.call((undefined(name='tag_derived') if l_0_tag_derived is missing else l_0_tag_derived))),
            ))
        t_7.extend((
            ' ',
            escape(context.call((undefined(name='source') if l_0_source is missing else l_0_source), environment.getattr(l_1_item, 'cite'))),
            '</',
            escape(l_1_el),
            '>\n',
        ))
        return concat(t_7)
    context.exported_vars.add('one')
    context.vars['one'] = l_0_one = Macro(environment, macro, 'one', ('item', 'el'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_group, l_1_ordered):
        t_8 = []
        if l_1_group is missing:
            l_1_group = undefined("parameter 'group' was not provided", name='group')
        if l_1_ordered is missing:
            l_1_ordered = False
        pass
        if environment.getitem(l_1_group, 'items'):
            pass
            t_8.extend((
                '<',
                escape(('ol' if l_1_ordered else 'ul')),
                ' class="nhsuk-list ',
                escape(('nhsuk-list--number' if l_1_ordered else 'nhsuk-list--bullet')),
                '">\n',
            ))
            for l_2_i in environment.getitem(l_1_group, 'items'):
                _loop_vars = {}
                pass
                t_8.extend((
                    '  <li>',
                    escape(environment.getattr(l_2_i, 'text')),
                ))
                if environment.getattr(l_2_i, 'derived'):
                    pass
                    t_8.extend((
                        ' ',
                        escape(context.call((undefined(name='tag_derived') if l_0_tag_derived is missing else l_0_tag_derived), _loop_vars=_loop_vars)),
                    ))
                if (not environment.getattr(l_1_group, 'shared_cite')):
                    pass
                    t_8.extend((
                        ' ',
                        escape(context.call((undefined(name='source') if l_0_source is missing else l_0_source), environment.getattr(l_2_i, 'cite'), True, _loop_vars=_loop_vars)),
                    ))
                t_8.append(
                    '</li>\n',
                )
            l_2_i = missing
            t_8.extend((
                '</',
                escape(('ol' if l_1_ordered else 'ul')),
                '>\n',
            ))
            if environment.getattr(l_1_group, 'shared_cite'):
                pass
                t_8.extend((
                    '<p class="app-source app-source--shared">Source: ',
                    escape(environment.getattr(l_1_group, 'shared_cite')),
                    '</p>\n',
                ))
        return concat(t_8)
    context.exported_vars.add('items')
    context.vars['items'] = l_0_items = Macro(environment, macro, 'items', ('group', 'ordered'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_examples):
        t_9 = []
        l_1_shared = missing
        if l_1_examples is missing:
            l_1_examples = undefined("parameter 'examples' was not provided", name='examples')
        pass
        l_1_shared = t_2(context.eval_ctx, t_4(environment, t_3(context, l_1_examples, attribute='cite')))
        t_9.append(
            '<ul class="nhsuk-list nhsuk-list--bullet">\n',
        )
        for l_2_e in l_1_examples:
            _loop_vars = {}
            pass
            t_9.extend((
                '  <li><strong>',
                escape(environment.getattr(l_2_e, 'organisation')),
                '</strong>',
            ))
            if environment.getattr(l_2_e, 'text'):
                pass
                t_9.extend((
                    ': ',
                    escape(environment.getattr(l_2_e, 'text')),
                ))
            if (t_1((undefined(name='shared') if l_1_shared is missing else l_1_shared)) > 1):
                pass
                t_9.extend((
                    ' ',
                    escape(context.call((undefined(name='source') if l_0_source is missing else l_0_source), environment.getattr(l_2_e, 'cite'), True, _loop_vars=_loop_vars)),
                ))
            t_9.append(
                '</li>\n',
            )
        l_2_e = missing
        t_9.append(
            '</ul>\n',
        )
        if (t_1((undefined(name='shared') if l_1_shared is missing else l_1_shared)) == 1):
            pass
            t_9.extend((
                '<p class="app-source app-source--shared">Source: ',
                escape(environment.getitem((undefined(name='shared') if l_1_shared is missing else l_1_shared), 0)),
                '</p>\n',
            ))
        return concat(t_9)
    context.exported_vars.add('example_list')
    context.vars['example_list'] = l_0_example_list = Macro(environment, macro, 'example_list', ('examples',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_root, l_1_m, l_1_level):
        t_10 = []
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 3
        pass
        t_10.extend((
            '<li class="nhsuk-grid-column-one-half nhsuk-card-group__item">\n  <div class="nhsuk-card nhsuk-card--clickable">\n    <div class="nhsuk-card__content">\n      <h',
            escape(l_1_level),
            ' class="nhsuk-card__heading nhsuk-heading-s"><a class="nhsuk-card__link" href="',
            escape(l_1_root),
            'models/',
            escape(environment.getattr(l_1_m, 'id')),
            '.html">',
            escape(environment.getattr(l_1_m, 'name')),
        ))
        if (environment.getattr(l_1_m, 'short_name') and (environment.getattr(l_1_m, 'short_name') != environment.getattr(l_1_m, 'name'))):
            pass
            t_10.extend((
                ' (',
                escape(environment.getattr(l_1_m, 'short_name')),
                ')',
            ))
        t_10.extend((
            '</a></h',
            escape(l_1_level),
            '>\n      <p class="nhsuk-card__description">Option ',
            escape(environment.getattr(l_1_m, 'option')),
            '. ',
            escape(environment.getattr(environment.getattr(l_1_m, 'overview'), 'text')),
            '</p>\n    </div>\n  </div>\n</li>\n',
        ))
        return concat(t_10)
    context.exported_vars.add('model_card')
    context.vars['model_card'] = l_0_model_card = Macro(environment, macro, 'model_card', ('root', 'm', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_name):
        t_11 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        t_11.extend((
            '<svg class="nhsuk-icon nhsuk-icon--',
            escape(l_1_name),
            '" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">',
        ))
        if (l_1_name == 'arrow-left'):
            pass
            t_11.append(
                '<path d="M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z"/>',
            )
        elif (l_1_name == 'arrow-right'):
            pass
            t_11.append(
                '<path d="m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z"/>',
            )
        elif (l_1_name == 'arrow-right-circle'):
            pass
            t_11.append(
                '<path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z"/>',
            )
        elif (l_1_name == 'search'):
            pass
            t_11.append(
                '<path d="m20.7 18.9-4.1-4.1a7 7 0 1 0-1.4 1.4l4 4.1a1 1 0 0 0 1.5 0c.4-.4.4-1 0-1.4ZM6 10.6a5 5 0 1 1 10 0 5 5 0 0 1-10 0Z"/>',
            )
        t_11.append(
            '</svg>',
        )
        return concat(t_11)
    context.exported_vars.add('icon')
    context.vars['icon'] = l_0_icon = Macro(environment, macro, 'icon', ('name',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_root, l_1_s, l_1_models):
        t_12 = []
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_models is missing:
            l_1_models = True
        pass
        t_12.extend((
            '<div class="app-since" id="since-',
            escape(environment.getattr(l_1_s, 'id')),
            '">\n  <p><strong class="app-since__date">',
            escape(environment.getattr(l_1_s, 'date')),
            '</strong> ',
            escape(environment.getattr(l_1_s, 'text')),
            '</p>\n  <p class="app-source">Source: ',
            escape(environment.getattr(environment.getattr(l_1_s, 'document'), 'title')),
            ', ',
            escape(environment.getattr(environment.getattr(l_1_s, 'document'), 'publisher')),
            ' (',
            escape(environment.getattr(environment.getattr(l_1_s, 'document'), 'date')),
            '), <span class="app-address">',
            escape(environment.getattr(environment.getattr(l_1_s, 'document'), 'address')),
            '</span></p>\n',
        ))
        if (l_1_models and environment.getattr(l_1_s, 'maps_to')):
            pass
            t_12.extend((
                '  <p>',
                escape(environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'text')),
            ))
            if environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'derived'):
                pass
                t_12.extend((
                    ' ',
                    escape(context.call((undefined(name='tag_derived') if l_0_tag_derived is missing else l_0_tag_derived))),
                ))
            t_12.extend((
                ' ',
                escape(context.call((undefined(name='source') if l_0_source is missing else l_0_source), environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'cite'))),
                '\n    See ',
            ))
            l_2_loop = missing
            for l_2_m, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_s, 'maps_to'), 'models'), undefined):
                _loop_vars = {}
                pass
                t_12.extend((
                    '<a href="',
                    escape(l_1_root),
                    'models/',
                    escape(environment.getattr(l_2_m, 'id')),
                    '.html">',
                    escape(environment.getattr(l_2_m, 'name')),
                    '</a>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_12.append(
                        ', ',
                    )
            l_2_loop = l_2_m = missing
            t_12.append(
                '.</p>\n',
            )
        t_12.append(
            '</div>\n',
        )
        return concat(t_12)
    context.exported_vars.add('since_statement')
    context.vars['since_statement'] = l_0_since_statement = Macro(environment, macro, 'since_statement', ('root', 's', 'models'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=36&5=46&8=64&9=73&13=94&14=101&15=105&16=110&17=115&19=135&20=138&21=142&26=149&27=155&29=159&30=164&33=186&34=190&38=197&42=208&43=227&50=236&51=243&52=246&53=251&54=256&55=261&60=273&61=284&62=286&63=290&64=299&65=303&66=317'
