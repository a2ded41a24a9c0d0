/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _XENFS_XENBUS_H
#define _XENFS_XENBUS_H

extern const struct file_operations xsd_kva_file_ops;
extern const struct file_operations xsd_port_file_ops;
extern const struct file_operations xensyms_ops;

#endif	/* _XENFS_XENBUS_H */
