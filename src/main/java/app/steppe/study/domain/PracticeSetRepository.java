package app.steppe.study.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeSetRepository extends JpaRepository<PracticeSet, Long> {
}
