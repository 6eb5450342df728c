package org.wirewise.ui.app;

import org.wirewise.lesson.LessonSetup;
import org.wirewise.scenario.ScenarioException;

/** One change to a scenario (a parameter set, a reset), checked as scenario files and --set are. */
interface SetupEdit {

    LessonSetup apply(LessonSetup current) throws ScenarioException;
}
