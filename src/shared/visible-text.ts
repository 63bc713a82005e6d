/**
 * A character a reader can see: not white space, and not one of the characters that render as nothing
 * (default-ignorable ones such as U+200B, U+2060 and U+00AD; controls; format characters; private-use,
 * unassigned and lone surrogate code points). A sentence made only of the others looks empty on the page.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;

/** Whether `text` has at least one character a reader can see. */
export const hasVisibleCharacter = (text: string): boolean => VISIBLE.test(text);
