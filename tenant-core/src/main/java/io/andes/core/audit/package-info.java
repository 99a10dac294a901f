/** The audit log: who changed what, in which tenant, when and from where. */
package io.andes.core.audit;
