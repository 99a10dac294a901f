/**
 * The tenant portal's pages under {@code /portal}: the layout, Inicio, Mi cuenta, the tenant-admin's Usuarios, the
 * ticket pages (Mis tickets, Nuevo ticket, a ticket and its files at {@code /portal/archivo}), plus
 * the public "cuenta suspendida" and "acceso denegado" pages. View beans only parse input, call the core's use cases
 * and turn their problems into page messages.
 */
package io.andes.portal;
