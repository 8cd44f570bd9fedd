package vn.ngayhoi.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read with {@code limit}/{@code offset} in SQL, and how many rows match in all:
 * lists read only the page they show, whatever the size of the tree.
 *
 * @param <T> the item type
 */
public record Slice<T>(List<T> items, long total) {

    /**
     * Reads one page and its total in two statements sharing one where-clause: {@code select … from …
     * where … order by … limit ? offset ?} and {@code select count(*) from … where …}. {@code order}
     * must end with a unique column (an id) so that walking the pages returns every row once.
     *
     * @param select the select list, without {@code from}
     * @param fromWhere {@code from … where …} with {@code ?} placeholders for {@code params}
     * @param order the {@code order by} clause
     */
    public static <T> Slice<T> read(
            JdbcClient jdbc,
            String select,
            String fromWhere,
            String order,
            List<?> params,
            RowMapper<T> mapper,
            long offset,
            int limit) {
        return read(jdbc, select, fromWhere, order, params, List.of(), mapper, offset, limit);
    }

    /** {@link #read} with an order that takes parameters of its own (today's date, the clock's instant). */
    public static <T> Slice<T> read(
            JdbcClient jdbc,
            String select,
            String fromWhere,
            String order,
            List<?> params,
            List<?> orderParams,
            RowMapper<T> mapper,
            long offset,
            int limit) {
        List<Object> paged = new ArrayList<>(params);
        paged.addAll(orderParams);
        paged.add(limit);
        paged.add(offset);
        List<T> items = jdbc.sql(select + " " + fromWhere + " " + order + " limit ? offset ?")
                .params(paged)
                .query(mapper)
                .list();
        // always counted, even when the page is short: two statements whatever the rows, which the
        // statement-count test holds constant as the tree grows
        long total = jdbc.sql("select count(*) " + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
        return new Slice<>(items, total);
    }

    /** {@link #read} with the parameters given one by one. */
    public static <T> Slice<T> read(
            JdbcClient jdbc,
            String select,
            String fromWhere,
            String order,
            RowMapper<T> mapper,
            long offset,
            int limit,
            Object... params) {
        return read(jdbc, select, fromWhere, order, Arrays.asList(params), mapper, offset, limit);
    }
}
