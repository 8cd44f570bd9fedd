package vn.ngayhoi.festival.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.festival.Invitations;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** A festival's Giấy mời: its state, issuing it, and the frozen files. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final Problems problems;

    InvitationController(
            Invitations invitations, FestivalManagement festivals, AccessPolicy policy, Problems problems) {
        this.invitations = invitations;
        this.festivals = festivals;
        this.policy = policy;
        this.problems = problems;
    }

    @GetMapping("/festivals/{id}/invitation")
    String show(@PathVariable long id, Model model) {
        Festival festival = festivals.get(id);
        Actor actor = policy.requireActor();
        boolean mayIssue = festival.status() == FestivalStatus.REGISTERED
                && (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        model.addAttribute("festival", festival);
        model.addAttribute("invitation", invitations.of(id).orElse(null));
        model.addAttribute("mayIssue", mayIssue);
        return "festival/invitation";
    }

    @PostMapping("/festivals/{id}/invitation")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var invitation = invitations.issue(id);
            redirect.addFlashAttribute(
                    "flash", problems.message("festival.invitation.issued", invitation.numberLine()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/festivals/" + id + "/invitation";
    }

    @GetMapping("/festivals/{id}/invitation.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(invitations.pdf(id), MediaType.APPLICATION_PDF, "giay-moi-" + id + ".pdf");
    }

    @GetMapping("/festivals/{id}/invitation.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(
                invitations.docx(id),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "giay-moi-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
