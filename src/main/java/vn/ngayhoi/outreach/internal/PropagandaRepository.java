package vn.ngayhoi.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.outreach.PropagandaEntry;

/** The propaganda log's table; every list takes the caller's subtree as a path prefix. */
@Repository
public class PropagandaRepository {

    private static final String SELECT = """
            select p.id, p.campaign_id, p.unit_id, o.code, o.name, o.path, p.channel, p.activity_date, p.count,
                   p.reach, p.link, p.note, p.photo_name, p.recorded_by, p.recorded_at
            from outreach_propaganda p join org_unit o on o.id = p.unit_id
            """;

    private final JdbcClient jdbc;
    private final vn.ngayhoi.shared.files.FileStore files;

    PropagandaRepository(JdbcClient jdbc, vn.ngayhoi.shared.files.FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** A new entry with its validated fields; the photo is optional. */
    public record NewEntry(
            long campaignId,
            long unitId,
            PropagandaChannel channel,
            LocalDate date,
            int count,
            Integer reach,
            String link,
            String note,
            String photoName,
            String photoType,
            byte[] photo,
            String photoSha256,
            String by,
            OffsetDateTime at) {}

    public long insert(NewEntry e) {
        return jdbc.sql("""
                        insert into outreach_propaganda (campaign_id, unit_id, channel, activity_date, count, reach, link,
                            note, photo_name, photo_type, photo_sha256, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        e.campaignId(),
                        e.unitId(),
                        e.channel().name(),
                        e.date(),
                        e.count(),
                        e.reach(),
                        e.link(),
                        e.note(),
                        e.photoName(),
                        e.photoType(),
                        e.photo() == null ? null : files.put(e.photo()),
                        e.by(),
                        e.at())
                .query(Long.class)
                .single();
    }

    public Optional<PropagandaEntry> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::map).optional();
    }

    /** Entries of a campaign in the subtree, optionally of one channel, newest first. */
    public List<PropagandaEntry> list(long campaignId, String pathPrefix, PropagandaChannel channel, int limit) {
        return jdbc.sql(SELECT
                        + " where p.campaign_id = ? and o.path like ? and (?::text is null or p.channel = ?)"
                        + " order by p.activity_date desc, p.id desc limit ?")
                .params(
                        campaignId,
                        pathPrefix + "%",
                        channel == null ? null : channel.name(),
                        channel == null ? null : channel.name(),
                        limit)
                .query(this::map)
                .list();
    }

    /** One page of the campaign's entries in the subtree by id, for the API, and how many there are in all. */
    public List<PropagandaEntry> page(
            long campaignId, String pathPrefix, PropagandaChannel channel, long offset, int limit) {
        return page(campaignId, pathPrefix, channel, false, offset, limit);
    }

    /** {@link #page}, newest first (by activity date) when {@code newest}, as the log page lists them. */
    public List<PropagandaEntry> page(
            long campaignId, String pathPrefix, PropagandaChannel channel, boolean newest, long offset, int limit) {
        String c = channel == null ? null : channel.name();
        return jdbc.sql(SELECT
                        + " where p.campaign_id = ? and o.path like ? and (?::text is null or p.channel = ?)"
                        + (newest ? " order by p.activity_date desc, p.id desc" : " order by p.id")
                        + " offset ? limit ?")
                .params(campaignId, pathPrefix + "%", c, c, offset, limit)
                .query(this::map)
                .list();
    }

    public long count(long campaignId, String pathPrefix, PropagandaChannel channel) {
        String c = channel == null ? null : channel.name();
        return jdbc.sql("""
                        select count(*) from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ? and (?::text is null or p.channel = ?)
                        """)
                .params(campaignId, pathPrefix + "%", c, c)
                .query(Long.class)
                .single();
    }

    /** The stored photo of an entry: name, type, bytes. */
    public record Photo(String name, String type, byte[] content) {}

    public Optional<Photo> photo(long id) {
        return jdbc.sql(
                        "select photo_name, photo_type, photo_sha256 from outreach_propaganda where id = ? and photo_sha256 is not null")
                .param(id)
                .query((rs, i) -> new Photo(rs.getString(1), rs.getString(2), files.get(rs.getString(3))))
                .optional();
    }

    /** Sum of counts by channel over the subtree (every channel present, zero where none). */
    public Map<PropagandaChannel, Long> sumByChannel(long campaignId, String pathPrefix) {
        Map<PropagandaChannel, Long> sums = zeros();
        jdbc.sql("""
                        select p.channel, sum(p.count) from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ? group by p.channel
                        """).params(campaignId, pathPrefix + "%").query(rs -> {
            sums.put(PropagandaChannel.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return sums;
    }

    /** Sums by unit and channel over the subtree: the standing office's table and the report's prefill. */
    public record UnitSums(
            long unitId,
            String unitCode,
            String unitName,
            String unitPath,
            String typeCode,
            Map<PropagandaChannel, Long> sums) {
        public long total() {
            return sums.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public List<UnitSums> sumsByUnit(long campaignId, String pathPrefix) {
        Map<Long, UnitSums> byUnit = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.code, o.name, o.path, o.type_code, p.channel, sum(p.count)
                        from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ?
                        group by o.id, o.code, o.name, o.path, o.type_code, p.channel
                        order by o.path, p.channel
                        """).params(campaignId, pathPrefix + "%").query(rs -> {
            UnitSums u = byUnit.computeIfAbsent(rs.getLong(1), id -> {
                try {
                    return new UnitSums(
                            id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), zeros());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            u.sums().put(PropagandaChannel.valueOf(rs.getString(6)), rs.getLong(7));
        });
        return List.copyOf(byUnit.values());
    }

    private static Map<PropagandaChannel, Long> zeros() {
        Map<PropagandaChannel, Long> m = new EnumMap<>(PropagandaChannel.class);
        for (PropagandaChannel c : PropagandaChannel.values()) {
            m.put(c, 0L);
        }
        return m;
    }

    private PropagandaEntry map(ResultSet rs, int i) throws SQLException {
        return new PropagandaEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                PropagandaChannel.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class),
                rs.getInt(9),
                (Integer) rs.getObject(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getObject(15, OffsetDateTime.class));
    }
}
