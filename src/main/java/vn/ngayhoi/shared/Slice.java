package vn.ngayhoi.shared;

import java.util.List;

/**
 * One page of a list read with {@code limit}/{@code offset} in SQL, and how many rows match in all:
 * lists read only the page they show, whatever the size of the tree.
 *
 * @param <T> the item type
 */
public record Slice<T>(List<T> items, long total) {}
