package app.steppe.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Module exceptions become status pages; the exception's message never reaches the user. */
@ControllerAdvice
class WebErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * An upload over the multipart limit never reaches its controller: send the user back to the form they
     * came from with a message, instead of a bare 413.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "upload.tooLarge");
        return "redirect:" + sameSitePath(request.getHeader("Referer"));
    }

    /** Only the path of our own page is used: a forged Referer cannot turn this into an open redirect. */
    static String sameSitePath(String referer) {
        try {
            URI uri = URI.create(referer == null ? "/" : referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
