package vn.ngayhoi.register.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.OutgoingRegister.Filter;
import vn.ngayhoi.register.RegisterEntry;
import vn.ngayhoi.shared.web.ApiList;

/** The outgoing register for API clients, with the metadata of NĐ 30 Phụ lục VI. */
@RestController
class RegisterApiController {

    private final OutgoingRegister register;

    RegisterApiController(OutgoingRegister register) {
        this.register = register;
    }

    /** One line of the register as the API names it (a contract: field names do not change). */
    record Item(
            int number,
            String notation,
            LocalDate issuedOn,
            String typeName,
            String subject,
            String signerName,
            String signerPosition,
            List<String> recipients,
            Integer pageCount,
            int copies,
            String priority,
            String status,
            String replaces,
            Long documentId,
            String sha256) {
        static Item of(RegisterEntry e) {
            return new Item(
                    e.number(),
                    e.notation(),
                    e.issuedOn(),
                    e.typeName(),
                    e.subject(),
                    e.signerName(),
                    e.signerPosition(),
                    e.recipients(),
                    e.pageCount(),
                    e.copies(),
                    e.priority(),
                    e.status(),
                    e.replaces(),
                    e.documentId(),
                    e.sha256());
        }
    }

    /** One page of the register: {@code items} and {@code total} as before, with {@code page} and {@code size}. */
    @GetMapping("/api/v1/registers/{unitCode}/{year}")
    ApiList<Item> register(
            @PathVariable String unitCode,
            @PathVariable int year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = register.page(
                unitCode, RegisterPageController.year(year), filter(q, type, month), ApiList.offset(p, s), s);
        return new ApiList<>(found.items().stream().map(Item::of).toList(), found.total(), p, s);
    }

    static Filter filter(String q, String type, Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            throw vn.ngayhoi.shared.ValidationException.of("month", "register.filter.monthInvalid");
        }
        if (q != null && q.length() > 200) {
            throw vn.ngayhoi.shared.ValidationException.of("q", "register.filter.queryInvalid");
        }
        return new Filter(q, type, month);
    }
}
