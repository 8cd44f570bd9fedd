package vn.ngayhoi.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;

/**
 * Where a person names a unit (tasks, accounts, filters), a code or a name will do: "15004",
 * "Xã Sơn Hà" or "son ha" (diacritics ignored), within the account's scope and valid on the day in
 * question. A name that fits several units is refused with their names, never guessed.
 */
@Service
public class UnitPicker {

    private static final int CANDIDATES = 6;

    private final OrgUnitManagement units;

    UnitPicker(OrgUnitManagement units) {
        this.units = units;
    }

    /** The unit typed into {@code field}; a Vietnamese 400 naming the field when none or several fit. */
    public OrgUnit pick(String field, String typed, LocalDate at) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw ValidationException.of(field, "orgunit.pick.required");
        }
        if (text.matches("[0-9A-Za-z]{1,20}")) {
            try {
                return units.getByCode(text, at);
            } catch (NotFoundException e) {
                // Not a code in scope: it may still be a short name.
            }
        }
        List<OrgUnit> found = units.search(text, null, 50).items().stream()
                .filter(u -> u.validOn(at))
                .toList();
        String folded = Texts.fold(text);
        List<OrgUnit> exact =
                found.stream().filter(u -> named(Texts.fold(u.name()), folded)).toList();
        List<OrgUnit> fits = exact.isEmpty() ? found : exact;
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.isEmpty()) {
            throw ValidationException.of(field, "orgunit.pick.none", text);
        }
        String names = fits.stream()
                .limit(CANDIDATES)
                .map(u -> u.name() + " (" + u.code() + ")")
                .collect(Collectors.joining(", "));
        throw ValidationException.of(field, "orgunit.pick.several", text, names);
    }

    /**
     * The unit a list filter names: a code as links and API clients send it (404 outside the scope,
     * like any read), or a name as a person types it (400 naming the candidates when none or
     * several fit).
     */
    public OrgUnit filter(String field, String typed, LocalDate at) {
        String text = typed.strip();
        return text.matches("[0-9A-Za-z_-]{1,20}") ? units.getByCode(text, at) : pick(field, text, at);
    }

    /** Administrative words people leave out: "son ha" names "Xã Sơn Hà". */
    private static final List<String> KINDS =
            List.of("xa", "phuong", "thi tran", "dac khu", "huyen", "quan", "thi xa", "thanh pho", "tinh");

    private static boolean named(String foldedName, String foldedTyped) {
        return foldedName.equals(foldedTyped) || KINDS.stream().anyMatch(k -> foldedName.equals(k + " " + foldedTyped));
    }

    /**
     * Units of any scope named {@code typed} on {@code at}, for the public page: those whose name
     * is exactly what was typed (the administrative word may be left out) when there are any, else
     * every unit whose name contains it.
     */
    public List<OrgUnit> systemNamed(String typed, LocalDate at, int limit) {
        String folded = Texts.fold(typed == null ? "" : typed.strip());
        List<OrgUnit> found = units.systemSearch(folded, 200).stream()
                .filter(u -> u.validOn(at))
                .toList();
        List<OrgUnit> exact =
                found.stream().filter(u -> named(Texts.fold(u.name()), folded)).toList();
        return (exact.isEmpty() ? found : exact).stream().limit(limit).toList();
    }

    /** Suggestions while typing: units in scope whose name (or code) fits, valid on {@code at}. */
    public List<OrgUnit> suggest(String typed, LocalDate at, int limit) {
        return units.search(typed, null, limit * 2).items().stream()
                .filter(u -> u.validOn(at))
                .limit(limit)
                .toList();
    }
}
