using Microsoft.AspNetCore.Diagnostics;

namespace Ki.Domain.SampleHost;

/// <summary>
/// The last resort: an exception no endpoint turned into a problem is a programmer error (500), or a request Kestrel
/// refused (a body over the server's limit, 413). The response shows no exception message, type or stack.
/// </summary>
internal sealed partial class KiExceptionHandler(IProblemDetailsService problems, ILogger<KiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Microsoft.AspNetCore.Mvc.ProblemDetails problem;
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            problem = KiProblems.Create(httpContext, StatusCodes.Status413PayloadTooLarge, KiProblems.TooLarge, "$",
                "The body is larger than the server's limit; it was refused before it was read whole.",
                "Der Inhalt ist größer als die Grenze des Servers; er wurde abgewiesen, bevor er ganz gelesen war.");
        }
        else
        {
            LogProgrammerError(logger, exception, httpContext.Request.Path);
            problem = KiProblems.InternalError(httpContext);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Programmer error answering {Path}")]
    private static partial void LogProgrammerError(ILogger logger, Exception exception, PathString path);
}
