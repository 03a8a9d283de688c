using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Ki.Domain.SampleHost;

/// <summary>
/// RFC 9457 problem details in the client's language: the code (Ki.Domain's where it has one), where the problem is
/// (a JSON path such as <c>$.request.recipients[0]</c>, or a route or query parameter) and the reason.
/// </summary>
/// <remarks>
/// Each problem carries the extension members <c>code</c>, <c>location</c> and <c>reason</c>; <c>title</c> and
/// <c>detail</c> are German when <c>Accept-Language</c> prefers German, English otherwise, and the response says
/// which in <c>Content-Language</c>.
/// </remarks>
internal static partial class KiProblems
{
    /// <summary>The body is not a valid document: malformed JSON, a limit broken, a rule of the model broken.</summary>
    public const string InvalidDocument = "KI-HOST-INVALID-DOCUMENT";

    /// <summary>A route or query parameter is not valid.</summary>
    public const string InvalidParameter = "KI-HOST-INVALID-PARAMETER";

    /// <summary>No district or municipality has the key.</summary>
    public const string PlaceNotFound = "KI-HOST-PLACE-NOT-FOUND";

    /// <summary>The body is larger than a document may be.</summary>
    public const string TooLarge = "KI-HOST-TOO-LARGE";

    /// <summary>The body is not JSON: its Content-Type is not application/json.</summary>
    public const string UnsupportedMediaType = "KI-HOST-UNSUPPORTED-MEDIA-TYPE";

    /// <summary>A programmer error in the host or the library; the response shows no internals.</summary>
    public const string Internal = "KI-HOST-INTERNAL";

    private const string TypeBase = "https://ki-domain.github.io/Ki.Domain/rule-codes.html";

    /// <summary>A 400 problem.</summary>
    public static ProblemHttpResult BadRequest(HttpContext context, string code, string location, string reasonEnglish, string reasonGerman) =>
        Result(context, StatusCodes.Status400BadRequest, code, location, reasonEnglish, reasonGerman);

    /// <summary>A 404 problem.</summary>
    public static ProblemHttpResult NotFound(HttpContext context, string code, string location, string reasonEnglish, string reasonGerman) =>
        Result(context, StatusCodes.Status404NotFound, code, location, reasonEnglish, reasonGerman);

    /// <summary>The problem for data Ki.Domain refused: its location and reason, and its code when the reason ends with one.</summary>
    /// <remarks>
    /// A German answer's <c>detail</c> names the place in German words (<see cref="KiDataException.LocationGerman"/>:
    /// <c>Zeile 12</c> for <c>line 12</c>, <c>Kopfzeile</c> for <c>header</c>; a JSON path such as
    /// <c>$.request.budget</c> is the same in both languages) before the library's German reason
    /// (<see cref="KiDataException.ReasonGerman"/>, the English one where the library has none). The <c>location</c>
    /// member stays <see cref="KiDataException.Location"/> in every language, so a client can match it.
    /// </remarks>
    public static ProblemHttpResult Data(HttpContext context, KiDataException exception)
    {
        Match code = TrailingCode().Match(exception.Reason);
        return TypedResults.Problem(CreateAt(
            context,
            StatusCodes.Status400BadRequest,
            code.Success ? code.Groups["code"].Value : InvalidDocument,
            new Place(exception.Location, exception.LocationGerman),
            exception.Reason,
            exception.ReasonGerman ?? exception.Reason));
    }

    /// <summary>A 413 problem: the body is larger than the limit.</summary>
    public static ProblemHttpResult PayloadTooLarge(HttpContext context, long limit) =>
        Result(context, StatusCodes.Status413PayloadTooLarge, TooLarge, "$",
            $"The body is larger than the limit of {limit} bytes; it was refused before it was read whole.",
            $"Der Inhalt ist größer als die Grenze von {limit} Bytes; er wurde abgewiesen, bevor er ganz gelesen war.");

    /// <summary>The 415 problem: the request's Content-Type is not JSON (routing refused it before any endpoint ran).</summary>
    public static ProblemDetails UnsupportedMediaTypeProblem(HttpContext context)
    {
        string type = context.Request.ContentType ?? "none";
        return Create(context, StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType, "Content-Type",
            $"The body must be a JSON document (application/json), not {type}.",
            $"Der Inhalt muss ein JSON-Dokument sein (application/json), nicht {type}.");
    }

    /// <summary>The 500 problem for a programmer error: no message, type or stack of the exception.</summary>
    public static ProblemDetails InternalError(HttpContext context) =>
        Create(context, StatusCodes.Status500InternalServerError, Internal, null,
            "The server could not answer because of an error in the program; the error is logged.",
            "Der Server konnte wegen eines Programmfehlers nicht antworten; der Fehler ist protokolliert.");

    /// <summary>Whether the client prefers German to English (<c>Accept-Language</c>, by quality, then order).</summary>
    public static bool PrefersGerman(HttpRequest request)
    {
        IList<StringWithQualityHeaderValue> languages = request.GetTypedHeaders().AcceptLanguage;
        foreach (StringWithQualityHeaderValue language in languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1))
        {
            string tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("de", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) || tag == "*")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Creates the problem details and sets <c>Content-Language</c>.</summary>
    public static ProblemDetails Create(HttpContext context, int status, string code, string? location, string reasonEnglish, string reasonGerman) =>
        CreateAt(context, status, code, location is null ? null : new Place(location, location), reasonEnglish, reasonGerman);

    /// <summary>Creates the problem details for a place named in both languages and sets <c>Content-Language</c>.</summary>
    private static ProblemDetails CreateAt(HttpContext context, int status, string code, Place? location, string reasonEnglish, string reasonGerman)
    {
        bool german = PrefersGerman(context.Request);
        context.Response.Headers.ContentLanguage = german ? "de" : "en";
        string reason = german ? reasonGerman : reasonEnglish;
        var problem = new ProblemDetails
        {
            Type = TypeBase,
            Status = status,
            Title = Title(status, german),
            Detail = location is null ? reason : $"{(german ? location.German : location.English)}: {reason}",
        };
        problem.Extensions["code"] = code;
        if (location is not null)
        {
            problem.Extensions["location"] = location.English;
        }

        problem.Extensions["reason"] = reason;
        return problem;
    }

    private static ProblemHttpResult Result(HttpContext context, int status, string code, string location, string reasonEnglish, string reasonGerman) =>
        TypedResults.Problem(Create(context, status, code, location, reasonEnglish, reasonGerman));

    private static string Title(int status, bool german) => status switch
    {
        StatusCodes.Status400BadRequest => german ? "Die Anfrage ist fehlerhaft." : "The request is not valid.",
        StatusCodes.Status404NotFound => german ? "Nicht gefunden." : "Not found.",
        StatusCodes.Status413PayloadTooLarge => german ? "Der Inhalt ist zu groß." : "The body is too large.",
        StatusCodes.Status415UnsupportedMediaType => german ? "Das Format des Inhalts wird nicht unterstützt." : "The format of the body is not supported.",
        _ => german ? "Interner Fehler." : "Internal error.",
    };

    /// <summary>Where a problem is, in English words (<c>line 12</c>, also the <c>location</c> member) and German ones (<c>Zeile 12</c>).</summary>
    private sealed record Place(string English, string German);

    /// <summary>A Ki.Domain code at the end of a reason, such as <c>... (KI-APP-NEGATIVE)</c>.</summary>
    [GeneratedRegex(@"\((?<code>KI-[A-Z0-9-]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCode();
}
