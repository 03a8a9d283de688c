using Microsoft.AspNetCore.Diagnostics;

namespace Ki.Domain.SampleHost;

/// <summary>
/// Bodies for answers that carry none because no endpoint ran: a wrong Content-Type (415, refused by routing) gets the
/// host's problem with code, location and reason in the client's language; any other status the framework's problem.
/// </summary>
internal static class KiStatusCodePages
{
    /// <summary>Writes the problem for the response's status code.</summary>
    /// <param name="status">The status code context.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public static async Task WriteAsync(StatusCodeContext status)
    {
        HttpContext context = status.HttpContext;
        IProblemDetailsService problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        Microsoft.AspNetCore.Mvc.ProblemDetails problem = context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType
            ? KiProblems.UnsupportedMediaTypeProblem(context)
            : new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = context.Response.StatusCode };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
