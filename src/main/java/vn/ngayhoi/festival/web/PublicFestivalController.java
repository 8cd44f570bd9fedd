package vn.ngayhoi.festival.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.festival.PublicFestivals;

/** Upcoming festivals of a province, district or commune, found by code or name, for citizens, without signing in. */
@Controller
class PublicFestivalController {

    private final PublicFestivals festivals;

    PublicFestivalController(PublicFestivals festivals) {
        this.festivals = festivals;
    }

    @GetMapping("/public/festivals")
    String upcoming(@RequestParam(defaultValue = "") String unit, Model model, HttpServletResponse response) {
        String typed = unit.strip();
        model.addAttribute("unit", typed.length() > PublicFestivals.MAX_TEXT ? "" : typed);
        if (!typed.isEmpty()) {
            var lookup = festivals.lookup(typed);
            if (lookup.found()) {
                model.addAttribute("area", lookup.area());
            } else if (!lookup.candidates().isEmpty()) {
                model.addAttribute("candidates", lookup.candidates());
            } else {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("notFound", true);
            }
        }
        return "festival/public";
    }
}
