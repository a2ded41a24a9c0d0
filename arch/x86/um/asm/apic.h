#ifndef __UM_APIC_H
#define __UM_APIC_H

#endif
