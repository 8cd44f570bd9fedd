/**
 * Commendations (khen thưởng) of a campaign: rounds per deciding authority, nominations by units
 * citing what the system already holds for them, vetting by the department on a working-day clock,
 * the council's vote with its minutes, the chairman's Quyết định with prize money computed on the
 * lương cơ sở in force that day, and the Giấy khen printed in one batch. Documents go through the one
 * issuing service; every read goes through the access policy.
 */
@ApplicationModule(displayName = "Khen thưởng")
package vn.ngayhoi.commendation;

import org.springframework.modulith.ApplicationModule;
