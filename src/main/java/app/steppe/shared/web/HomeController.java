package app.steppe.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.shared.security.AuthenticatedUser;

@Controller
class HomeController {

    /** What one section renders: its fragment and its own model. */
    record RenderedSection(String fragment, java.util.Map<String, Object> model) {
    }

    private final List<HomeSection> sections;

    HomeController(List<HomeSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        model.addAttribute("sections", sections.stream()
                .filter(s -> s.appliesTo(user))
                .map(s -> new RenderedSection(s.fragment(), s.model(user)))
                .toList());
        return "home";
    }
}
