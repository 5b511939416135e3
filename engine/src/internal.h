/*
 * internal.h -- every module header of the engine, for the files that use
 * most of them.  Each module's header sits beside it and says what it
 * shares; nothing outside the engine sees them.
 * Prefixes: pc_buf_ (growable text), pc_dict_ (fields), pc_regions_ (region
 * registry), pc_config_ (INI config), pc_plugins_ (loader), pc_lua_ (sandbox),
 * pc_dsl_ (rule compiler), pc_eval_ (evaluation), pc_q_ (exact rationals),
 * pc_out_ (the writers), pc_msg (the zh/en message table).
 */
#ifndef PC_INTERNAL_H
#define PC_INTERNAL_H

#include "vocab.h"
#include "buf.h"
#include "dir.h"
#include "diag.h"
#include "scalar.h"
#include "suggest.h"
#include "fields.h"
#include "region.h"
#include "config.h"
#include "plugins.h"
#include "plan.h"
#include "sandbox.h"
#include "dsl.h"
#include "subject.h"
#include "encoding.h"
#include "engine.h"
#include "exact.h"
#include "result.h"
#include "report.h"
#include "messages.h"

#endif /* PC_INTERNAL_H */
