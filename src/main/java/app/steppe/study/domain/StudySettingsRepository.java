package app.steppe.study.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudySettingsRepository extends JpaRepository<StudentStudySettings, Long> {
}
