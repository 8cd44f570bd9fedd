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

    record Page(List<Item> items, int total) {}

    @GetMapping("/api/v1/registers/{unitCode}/{year}")
    Page register(
            @PathVariable String unitCode,
            @PathVariable int year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer month) {
        List<Item> items =
                register.entries(unitCode, RegisterPageController.year(year), filter(q, type, month)).stream()
                        .map(Item::of)
                        .toList();
        return new Page(items, items.size());
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
