/**
 * The citizens' forum "Công an lắng nghe ý kiến Nhân dân": opinions sent online by anyone (anonymous
 * allowed) or recorded at a festival's forum session, routed to the responsible unit, answered by a
 * deadline (with the head's approval where required), escalated to the level above when late, and
 * published with what the moderator redacted. The only part of the system open to the internet.
 */
@ApplicationModule(displayName = "Diễn đàn lắng nghe ý kiến")
package vn.ngayhoi.forum;

import org.springframework.modulith.ApplicationModule;
