package app.steppe.account.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.account.domain.IssuedCredentials;
import app.steppe.account.domain.RosterCsv;
import app.steppe.account.domain.RosterImport;
import app.steppe.account.domain.StudentAccounts;
import app.steppe.account.security.PasswordChangeSessions;
import app.steppe.shared.web.NotFoundException;

/**
 * The instructor's student list. Creating students and resetting passwords answer the POST with the page that shows
 * the temporary passwords, instead of redirecting: a redirect would have to park the passwords in the session (and
 * so in the session table) to show them. Security's no-store headers keep the page out of caches; a reload
 * re-submits and is refused because the usernames now exist, so nothing is created twice.
 */
@Controller
@RequestMapping("/instructor/students")
class StudentsController {

    private final StudentAccounts students;
    private final RosterImport rosterImport;
    private final ViolationErrors errors;
    private final PasswordChangeSessions sessions;

    StudentsController(StudentAccounts students, RosterImport rosterImport, ViolationErrors errors,
            PasswordChangeSessions sessions) {
        this.students = students;
        this.rosterImport = rosterImport;
        this.errors = errors;
        this.sessions = sessions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("newStudentForm", NewStudentForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("newStudentForm") NewStudentForm form, BindingResult binding, Model model) {
        StudentAccounts.Creation creation = students.create(form.username(), form.displayName(), form.email());
        if (creation.credentials().isEmpty()) {
            errors.reject(binding, creation.violations());
            return listPage(model);
        }
        return credentialsPage(model, "students.created.title", List.of(creation.credentials().get()));
    }

    @PostMapping("/import")
    String importRoster(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        byte[] content;
        if (file == null) {
            content = new byte[0];
        } else {
            try (InputStream in = file.getInputStream()) {
                // One byte past the limit is enough to tell the file is too large.
                content = in.readNBytes(RosterCsv.MAX_BYTES + 1);
            }
        }
        RosterImport.Outcome outcome = rosterImport.importRoster(content);
        if (!outcome.succeeded()) {
            model.addAttribute("problems", outcome.problems());
            return "account/roster-report";
        }
        return credentialsPage(model, "students.imported.title", outcome.imported());
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable long id, Model model) {
        IssuedCredentials credentials = students.resetPassword(id).orElseThrow(() -> new NotFoundException("student " + id));
        // after the new password is committed: a session opened meanwhile would otherwise outlive the reset
        sessions.passwordReset(credentials.username());
        return credentialsPage(model, "students.reset.title", List.of(credentials));
    }

    @PostMapping("/{id}/unlock")
    String liftLoginLock(@PathVariable long id, RedirectAttributes redirect) {
        String name = students.liftLoginLock(id).orElseThrow(() -> new NotFoundException("student " + id));
        redirect.addFlashAttribute("flashSuccess", "students.unlocked");
        redirect.addFlashAttribute("flashArgs", new Object[] {name});
        return "redirect:/instructor/students";
    }

    private String listPage(Model model) {
        model.addAttribute("students", students.students());
        model.addAttribute("maxRosterRows", RosterCsv.MAX_ROWS);
        model.addAttribute("maxRosterKilobytes", RosterCsv.MAX_BYTES / 1024);
        return "account/students";
    }

    private String credentialsPage(Model model, String titleKey, List<IssuedCredentials> credentials) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("credentials", credentials);
        return "account/student-credentials";
    }
}
