/* SPDX-License-Identifier: GPL-2.0 */
#undef LOCK
#define LOCK		RTL

#undef UNLOCK
#define UNLOCK		RTU

#undef RLOCK
#undef WLOCK

#undef INIT
#define INIT		RTI
