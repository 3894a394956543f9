// effect.c: the one layer every effect operation passes through (LANGUAGE.md §11.3). The
// dynamic handler stack is consulted innermost first — a with-handler that names the operation
// takes it, a `pure` frame refuses it, a `:pure #t` contract frame reports a violation — then
// the host's policy (--deny, the embedder's hook). Only then does the operation run.
#include <string.h>

#include "vm/vm.h"

static const char *const kind_names[CL_EFFECT_KIND_COUNT] = {
    "pure", "error", "io", "state", "time", "random", "network"};

void cl_effect_update(ClState *S)
{
    S->effect_layer_active = cl_is_obj_type(S->handlers, OBJ_TUPLE) || S->deny_mask != 0 ||
                             S->config.effect_hook != NULL;
}

EffectDecision cl_effect_check(ClState *S, const Builtin *op, Value *handler,
                               Value *inner_handlers)
{
    const char *name = op->op_name ? op->op_name : op->name;
    for (Value h = S->handlers; cl_is_obj_type(h, OBJ_TUPLE); h = cl_as_tuple(h)->items[2]) {
        Tuple *entry = cl_as_tuple(h);
        switch (cl_small_int(entry->items[0])) {
        case HANDLER_WITH:
            if (cl_dict_get_text(S, entry->items[1], name, strlen(name), handler)) {
                *inner_handlers = entry->items[2];
                return EFFECT_HANDLED;
            }
            break;
        case HANDLER_PURE:
            cl_raisef(S, CL_ERR_EFFECT_DENIED, "%s is not allowed inside pure", name);
            return EFFECT_FAILED;
        case HANDLER_PURE_CONTRACT:
            cl_raisef(S, CL_ERR_CONTRACT_VIOLATION,
                      "%s is declared :pure but performed %s",
                      cl_as_string(entry->items[1])->bytes, name);
            return EFFECT_FAILED;
        default:
            break;
        }
    }
    if (S->deny_mask & (1u << op->effect)) {
        cl_raisef(S, CL_ERR_EFFECT_DENIED, "%s: %s effects are denied by the host", name,
                  kind_names[op->effect]);
        return EFFECT_FAILED;
    }
    if (S->config.effect_hook &&
        !S->config.effect_hook(S->config.effect_user_data, (ClEffectKind)op->effect, name)) {
        cl_raisef(S, CL_ERR_EFFECT_DENIED, "%s was refused by the host", name);
        return EFFECT_FAILED;
    }
    return EFFECT_RUN;
}
