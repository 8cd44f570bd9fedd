package vn.ngayhoi.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.outreach.ModelReview;
import vn.ngayhoi.outreach.PracticeModel;
import vn.ngayhoi.shared.Slice;

/** The registry's tables: models, their yearly reviews; lists take the caller's subtree. */
@Repository
public class ModelRepository {

    private static final String COLUMNS = """
            select m.id, m.name, m.field, m.unit_id, o.code, o.name, o.path, m.launched_on, m.festival_id, m.description,
                   m.origin_model_id, origin.name, m.retired_on, m.retired_reason,
                   last.year, last.effective,
                   (select count(*) from outreach_model r where r.origin_model_id = m.id),
                   m.version
            """;

    private static final String FROM = """
            from outreach_model m
            join org_unit o on o.id = m.unit_id
            left join outreach_model origin on origin.id = m.origin_model_id
            left join lateral (select v.year, v.effective from outreach_model_review v where v.model_id = m.id
                               order by v.year desc limit 1) last on true
            """;

    private static final String SELECT = COLUMNS + FROM;

    /**
     * {@code PracticeModel.stageOn(today)} in SQL, with today's date as its two parameters, so that a
     * page filtered by stage agrees with the badge each row shows.
     */
    private static final String STAGE = """
            case when m.retired_on is not null and m.retired_on <= ? then 'RETIRED'
                 when m.launched_on is null or m.launched_on > ? then 'REGISTERED'
                 when exists (select 1 from outreach_model r where r.origin_model_id = m.id) then 'REPLICATED'
                 when last.year is not null then 'REVIEWED'
                 else 'LAUNCHED' end
            """;

    private final JdbcClient jdbc;

    ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewModel(
            String name,
            String field,
            long unitId,
            LocalDate launchedOn,
            Long festivalId,
            String description,
            Long originModelId,
            String by,
            OffsetDateTime at) {}

    public long insert(NewModel m) {
        return jdbc.sql("""
                        insert into outreach_model (name, field, unit_id, launched_on, festival_id, description,
                            origin_model_id, registered_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        m.name(),
                        m.field(),
                        m.unitId(),
                        m.launchedOn(),
                        m.festivalId(),
                        m.description(),
                        m.originModelId(),
                        m.by(),
                        m.at())
                .query(Long.class)
                .single();
    }

    public Optional<PracticeModel> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(this::map).optional();
    }

    /** Models of units in the subtree, ordered by id. */
    public List<PracticeModel> list(String pathPrefix) {
        return jdbc.sql(SELECT + " where o.path like ? order by m.id")
                .param(pathPrefix + "%")
                .query(this::map)
                .list();
    }

    /**
     * One page of the models of units in the subtree, ordered by id, and how many match: two
     * statements whatever the number of models. {@code stage} keeps one stage (by its name) and
     * {@code activeOnly} the working ones, both as of {@code today}; null and false do not filter.
     */
    public Slice<PracticeModel> page(
            String pathPrefix, String stage, boolean activeOnly, LocalDate today, long offset, int limit) {
        StringBuilder where = new StringBuilder(FROM).append(" where o.path like ?");
        List<Object> params = new ArrayList<>(List.of(pathPrefix + "%"));
        if (stage != null) {
            where.append(" and (").append(STAGE).append(") = ?");
            params.addAll(List.of(today, today, stage));
        }
        if (activeOnly) {
            where.append(" and (").append(STAGE).append(") in ('LAUNCHED', 'REVIEWED', 'REPLICATED')");
            params.addAll(List.of(today, today));
        }
        return Slice.read(jdbc, COLUMNS, where.toString(), "order by m.id", params, this::map, offset, limit);
    }

    /** Models launched at a festival, for its page. */
    public List<PracticeModel> ofFestival(long festivalId) {
        return jdbc.sql(SELECT + " where m.festival_id = ? order by m.id")
                .param(festivalId)
                .query(this::map)
                .list();
    }

    /** Launches a registered model; false when it was launched (or changed) meanwhile. */
    public boolean launch(long id, int expectedVersion, LocalDate on, Long festivalId) {
        return jdbc.sql("""
                        update outreach_model set launched_on = ?, festival_id = coalesce(?, festival_id), version = version + 1
                        where id = ? and version = ? and launched_on is null
                        """).params(on, festivalId, id, expectedVersion).update() == 1;
    }

    public boolean retire(long id, int expectedVersion, LocalDate on, String reason) {
        return jdbc.sql("""
                        update outreach_model set retired_on = ?, retired_reason = ?, version = version + 1
                        where id = ? and version = ? and retired_on is null
                        """).params(on, reason, id, expectedVersion).update() == 1;
    }

    /** Adds the year's review; false when the model already has one for that year. */
    public boolean addReview(long modelId, int year, boolean effective, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into outreach_model_review (model_id, year, effective, reason, reviewed_by, reviewed_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (model_id, year) do nothing
                        """).params(modelId, year, effective, reason, by, at).update() == 1;
    }

    public List<ModelReview> reviews(long modelId) {
        return jdbc.sql("""
                        select id, model_id, year, effective, reason, reviewed_by, reviewed_at
                        from outreach_model_review where model_id = ? order by year desc
                        """)
                .param(modelId)
                .query((rs, i) -> new ModelReview(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    private PracticeModel map(ResultSet rs, int i) throws SQLException {
        return new PracticeModel(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                (Long) rs.getObject(9),
                rs.getString(10),
                (Long) rs.getObject(11),
                rs.getString(12),
                rs.getObject(13, LocalDate.class),
                rs.getString(14),
                (Integer) rs.getObject(15),
                (Boolean) rs.getObject(16),
                rs.getInt(17),
                rs.getInt(18));
    }
}
