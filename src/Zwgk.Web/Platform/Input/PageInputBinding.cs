using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// Page (and form) binding of text and dates: every string is cleaned by <see cref="TextInput"/> and every date bounded by
/// <see cref="InputDates"/> before the page sees it. Sits first among the binder providers so no text field escapes it.
/// </summary>
public sealed class InputBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (context.BindingInfo.BindingSource is { } source && (source == BindingSource.Body || source == BindingSource.Services))
        {
            return null;
        }

        if (type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            return new EnumInput.Binder(type);
        }

        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        if (type == typeof(string))
        {
            return new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers), IsSecret(context.Metadata));
        }

        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            ? new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers), secret: false)
            : null;
    }

    /// <summary>Passwords are compared byte for byte with what was set: only characters no writer can carry are removed.</summary>
    internal static bool IsSecret(ModelMetadata m) =>
        m.DataTypeName == nameof(System.ComponentModel.DataAnnotations.DataType.Password)
        || (m.PropertyName ?? m.ParameterName ?? "").Contains("Password", StringComparison.OrdinalIgnoreCase);

    private sealed class Binder(IModelBinder inner, bool secret) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (!context.Result.IsModelSet)
            {
                return;
            }

            switch (context.Result.Model)
            {
                case string s:
                    string? clean = secret ? TextInput.Clean(s) : TextInput.Normalise(s);
                    if (clean is { Length: 0 } && context.ModelMetadata.ConvertEmptyStringToNull)
                    {
                        clean = null;
                    }

                    if (!ReferenceEquals(clean, s))
                    {
                        context.ModelState.SetModelValue(context.ModelName, clean, clean);
                        context.Result = ModelBindingResult.Success(clean);
                    }

                    break;
                case var date when !InputDates.Accepts(date):
                    context.ModelState.TryAddModelError(context.ModelName, InputDates.Message);
                    context.Result = ModelBindingResult.Failed();
                    break;
            }
        }
    }
}
