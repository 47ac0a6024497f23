/** What the page tells: divergence, trainer errors, ignored link values. */
export const notices = {
  "notices.divergence.title": "Diverged.",
  "notices.divergence.text":
    "Training stopped at {when}: {what}. With a learning rate of {rate} each step overshoots instead of " +
    "going downhill. Lower the learning rate (the article uses 0.01) or press Reset; either starts a " +
    "fresh network.",
  "notices.divergence.when": "epoch {epoch}",
  "notices.divergence.whenUpdate": "epoch {epoch} (update {updates})",
  "notices.divergence.lossExploded":
    "the training loss grew from {from} to {to}, more than 100 times {since}",
  "notices.divergence.sinceStart": "its value at the start",
  "notices.divergence.sinceLambda": "its value when λ was last changed",
  "notices.divergence.notFinite":
    "a weight grew too large to be represented (it became infinite or not a number)",
  "notices.workerError.title": "Training stopped after an error in the trainer",
  "notices.workerError.text":
    "({error}). Press Play to continue from where it stopped, or Reset to start a fresh network; your " +
    "settings are kept.",
  "notices.url.heading": "Some of the link's settings were ignored:",
  "notices.url.more": "…and {count} more.",
  "notices.url.dismiss": "Dismiss",
  "notices.url.notUrlText": 'Ignored "{part}": it is not valid URL text.',
  "notices.url.noValue": 'Ignored "{part}": a setting needs a value, as in {key}=….',
  "notices.url.repeated": '"{key}" appears more than once; the last value counts.',
  "notices.url.unknownKey": 'Ignored "{part}": "{key}" is not a setting of this page.',
  "notices.url.badChoice": 'Ignored {key}: "{value}" is not one of {choices}. Using {fallback}.',
  "notices.url.badInteger":
    'Ignored {key}: "{value}" is not an integer from {min} to {max}. Using {fallback}.',
  "notices.url.badNumber": 'Ignored {key}: "{value}" is not a number from {min} to {max}. Using {fallback}.',
  "notices.url.badNumberAbove":
    'Ignored {key}: "{value}" is not a number greater than {min} and at most {max}. Using {fallback}.',
  "notices.url.badSpeed":
    'Ignored speed: "{value}" is not a number from {min} to {max} or "{fastest}". Using {fallback}.',
  "notices.url.badLang": 'Ignored lang: "{value}" is not one of {choices}.',
  "notices.url.badPresent": 'Ignored present: "{value}" is not 1 (presenter mode) or 0.',
  "notices.url.badView": 'Ignored view: "{value}" is not one of {choices}; the playground is shown.',
  "notices.url.badMask":
    'Ignored mask: "{value}" is not a comma list of hidden units from 1 to {max}; every unit is on.',
  "notices.url.maskBeyond":
    "Ignored mask for unit {units}: the network has {hidden} hidden units; those units stay on.",
  "notices.url.badEdited": 'Ignored edited: "{value}" is not 1 (weights were edited) or 0.',
  "notices.url.badUntil":
    'Ignored {key}: "{value}" is not a whole number of epochs from {min} to {max}; training does not stop by itself.',
  "notices.url.edited":
    "This link was copied after weights were edited by hand. A link keeps the settings, not edited weights: the run starts from its usual initial weights.",
} as const;
