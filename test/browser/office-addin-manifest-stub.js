// The browser build of office-addin-mock needs only the OfficeApp names from office-addin-manifest.
exports.OfficeApp = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };
