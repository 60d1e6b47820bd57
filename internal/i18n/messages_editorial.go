package i18n

// editorialMessages are the texts of the story editor, media library, revisions and trash.
var editorialMessages = map[string]message{}
