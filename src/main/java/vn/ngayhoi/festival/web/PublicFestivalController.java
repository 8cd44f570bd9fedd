package vn.ngayhoi.festival.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.festival.PublicFestivals;

/** Upcoming festivals of a province or district, for citizens, without signing in. */
@Controller
class PublicFestivalController {

    private final PublicFestivals festivals;

    PublicFestivalController(PublicFestivals festivals) {
        this.festivals = festivals;
    }

    @GetMapping("/public/festivals")
    String upcoming(@RequestParam(defaultValue = "") String unit, Model model, HttpServletResponse response) {
        String code = unit.strip();
        model.addAttribute("unit", code.length() > PublicFestivals.MAX_CODE ? "" : code);
        if (!code.isEmpty()) {
            var area = festivals.upcoming(code);
            if (area.isPresent()) {
                model.addAttribute("area", area.get());
            } else {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("notFound", true);
            }
        }
        return "festival/public";
    }
}
