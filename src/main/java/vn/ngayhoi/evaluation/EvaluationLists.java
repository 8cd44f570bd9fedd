package vn.ngayhoi.evaluation;

import org.springframework.stereotype.Service;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Slice;

/**
 * A year's evaluations read a page at a time (issue 20): the page's rows with their answers and how
 * many match, in three statements whatever the number of units in the area. Apart from
 * {@link Evaluations}, which keeps one evaluation's life.
 */
@Service
public class EvaluationLists {

    private final EvaluationRepository repo;
    private final Evaluations evaluations;

    EvaluationLists(EvaluationRepository repo, Evaluations evaluations) {
        this.repo = repo;
        this.evaluations = evaluations;
    }

    /**
     * One page of {@code year}'s evaluations in the area {@code unitCode} (the caller's unit when
     * blank), in unit order; a unit outside the caller's scope answers 404 as {@link Evaluations#list}.
     */
    public Slice<Evaluation> page(int year, String unitCode, long offset, int limit) {
        return repo.page(evaluations.area(unitCode).path(), Bounds.year("year", year), offset, limit);
    }
}
