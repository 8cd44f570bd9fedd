package vn.ngayhoi.orgunit;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to units; each goes to the audit trail. */
public final class UnitEvents {

    private UnitEvents() {}

    public record UnitCreated(long unitId, String code, String name, String typeCode, String parentCode)
            implements AuditableEvent {
        public String action() {
            return "UNIT_CREATED";
        }

        public String target() {
            return "org_unit:" + code;
        }

        public String summary() {
            return "→ " + name + " (" + typeCode + ") dưới " + parentCode;
        }
    }

    public record UnitRenamed(long unitId, String code, String oldName, String newName) implements AuditableEvent {
        public String action() {
            return "UNIT_RENAMED";
        }

        public String target() {
            return "org_unit:" + code;
        }

        public String summary() {
            return oldName + " → " + newName;
        }
    }

    /**
     * A unit and its subtree under another parent. {@code oldPath} and {@code newPath} are the unit's
     * own paths before and after, so that listeners can move what the subtree contributes to its old
     * ancestors over to the new ones without recomputing anything else.
     */
    public record UnitMoved(
            long unitId,
            String code,
            String oldParentCode,
            String newParentCode,
            int descendants,
            String oldPath,
            String newPath)
            implements AuditableEvent {
        public String action() {
            return "UNIT_MOVED";
        }

        public String target() {
            return "org_unit:" + code;
        }

        public String summary() {
            return oldParentCode + " → " + newParentCode + " (" + descendants + " đơn vị trực thuộc)";
        }

        /**
         * The ids of the ancestors the unit leaves: on its old path and not on its new one. Roll-ups
         * keyed by ancestor move the subtree's contribution from these to {@link #ancestorsJoined()};
         * the ancestors on both sides (the province of a move between its districts) keep it.
         */
        public java.util.List<Long> ancestorsLeft() {
            java.util.List<Long> left = ancestors(oldPath);
            left.removeAll(ancestors(newPath));
            return left;
        }

        /** The ids of the ancestors the unit joins: on its new path and not on its old one. */
        public java.util.List<Long> ancestorsJoined() {
            java.util.List<Long> joined = ancestors(newPath);
            joined.removeAll(ancestors(oldPath));
            return joined;
        }

        /** "/1/2/3/" of unit 3 → 1, 2. */
        private static java.util.List<Long> ancestors(String path) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                if (!parts[i].isEmpty()) {
                    ids.add(Long.parseLong(parts[i]));
                }
            }
            return ids;
        }
    }

    public record UnitDissolved(long unitId, String code, String name, java.time.LocalDate lastDay)
            implements AuditableEvent {
        public String action() {
            return "UNIT_DISSOLVED";
        }

        public String target() {
            return "org_unit:" + code;
        }

        public String summary() {
            return name + ": hiệu lực đến " + lastDay;
        }
    }

    public record UnitsImported(String structureCode, String fileName, int created, int renamed, int unchanged)
            implements AuditableEvent {
        public String action() {
            return "UNITS_IMPORTED";
        }

        public String target() {
            return "org_structure:" + structureCode;
        }

        public String summary() {
            return fileName + ": " + created + " mới, " + renamed + " đổi tên, " + unchanged + " không đổi";
        }
    }

    public record UnitLinksImported(
            String fromStructure, String toStructure, String fileName, int created, int changed, int unchanged)
            implements AuditableEvent {
        public String action() {
            return "UNIT_LINKS_IMPORTED";
        }

        public String target() {
            return "org_structure:" + toStructure;
        }

        public String summary() {
            return fileName + " (" + fromStructure + " → " + toStructure + "): " + created + " mới, " + changed
                    + " đổi loại, " + unchanged + " không đổi";
        }
    }

    public record UnitLinkShareSet(
            String predecessorCode, String successorCode, String successorStructure, java.math.BigDecimal share)
            implements AuditableEvent {
        public String action() {
            return "UNIT_LINK_SHARE_SET";
        }

        public String target() {
            return "org_unit:" + successorCode;
        }

        public String summary() {
            return predecessorCode + " → " + successorCode + " (" + successorStructure + "): "
                    + (share == null ? "không tính" : share.toPlainString());
        }
    }
}
